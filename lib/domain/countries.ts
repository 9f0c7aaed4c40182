// Country codes as people read them: ISO 3166-1 alpha-2 (and "EU") → a common English name and a flag emoji.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

// Shorter forms people use ("United States" rather than "United States of America").
const COMMON_NAMES: Record<string, string> = {
  EU: 'European Union',
  CN: 'China',
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  TW: 'Taiwan',
  IR: 'Iran',
  VN: 'Vietnam',
  XK: 'Kosovo',
  CZ: 'Czechia',
  SY: 'Syria',
  LA: 'Laos',
  BO: 'Bolivia',
  VE: 'Venezuela',
  TZ: 'Tanzania',
  MD: 'Moldova',
};

/** "DE" → "Germany"; an unknown code comes back as itself. */
export function toCountryName(code: string): string {
  const upper = code.toUpperCase();
  return COMMON_NAMES[upper] ?? countries.getName(upper, 'en', { select: 'official' }) ?? upper;
}

/** "DE" → 🇩🇪 (regional indicator letters); "EU" has its own flag; anything else → "". */
export function toFlagEmoji(code: string): string {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return '';
  return String.fromCodePoint(...[...upper].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

/** ISO 3166-1 numeric ("276", as world-atlas ids its features) → alpha-2 ("DE"), or null. */
export function numericToCountryCode(numeric: string | number): string | null {
  return countries.numericToAlpha2(String(numeric).padStart(3, '0')) ?? null;
}

/** Every known alpha-2 code with its name, sorted by name (filters' country choices). */
export function listCountryNames(): { code: string; name: string }[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: toCountryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
