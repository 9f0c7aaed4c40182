// Decoded plain text or Markdown → title and paragraphs (blank line between), with obvious page furniture lines dropped.

export type PlainTextContent = { title: string; text: string };

// Lines that are page furniture in copied web text: share prompts, ad slots, breadcrumbs.
const FURNITURE_RE =
  /^(?:connect with us|share (?:this|on)\b.*|follow us\b.*|advertisement|anzeige|werbung|sponsored|click here\b.*|read more|weiterlesen|(?:home|startseite)\s*[/>»›|].*)$/i;

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^\s*[-*+]\s+/, '• ')
    .replace(/^\s*>\s?/, '');
}

export function extractPlainText(input: string, isMarkdown: boolean): PlainTextContent {
  const normalized = input
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '');
  const paragraphs: string[] = [];
  for (const chunk of normalized.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => (isMarkdown ? stripMarkdown(line) : line).replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line && !FURNITURE_RE.test(line) && !/^[-=*_]{3,}$/.test(line));
    if (lines.length) paragraphs.push(lines.join('\n'));
  }
  const title = (paragraphs[0]?.split('\n')[0] ?? '').slice(0, 300) || 'Untitled';
  return { title, text: paragraphs.join('\n\n') };
}
