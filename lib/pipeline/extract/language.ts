// Declared language code or a text sample → ISO 639-1 code (null when unsure).
import { detectAll } from 'tinyld/light';

/** Normalises a declared language ("de-DE", "en_US", "German") to ISO 639-1. */
export function normalizeLanguage(declared: string | null | undefined): string | null {
  const match = declared ? /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(declared) : null;
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Detects the language of a text from a sample of it; null for short or uncertain texts. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  if (sample.replace(/\s+/g, '').length < 40) return null;
  const [best] = detectAll(sample);
  return best && best.accuracy >= 0.5 ? normalizeLanguage(best.lang) : null;
}
