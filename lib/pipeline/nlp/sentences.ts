// Plain text → sentences with character offsets and paragraph numbers (wink-nlp's sentence boundaries).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Sentence = { text: string; start: number; end: number; paragraph: number };

const nlp = winkNLP(model, ['sbd']);

/** Splits text into paragraphs (blank lines) and sentences; a line that ends without punctuation stands alone. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    if (!block[0].trim()) continue;
    for (const piece of splitLines(block[0], block.index)) {
      const doc = nlp.readDoc(piece.text);
      let cursor = 0;
      for (const sentenceText of doc.sentences().out()) {
        const trimmed = sentenceText.trim();
        if (!trimmed) continue;
        const at = piece.text.indexOf(trimmed.slice(0, 40), cursor);
        const start = at >= 0 ? at : cursor;
        const end = Math.min(piece.text.length, start + trimmed.length);
        cursor = end;
        sentences.push({ text: piece.text.slice(start, end), start: piece.start + start, end: piece.start + end, paragraph });
      }
    }
    paragraph += 1;
  }
  return sentences;
}

// Headlines, bylines and captions often sit on their own line with no full stop: keep them apart
// from the sentence that follows; a wrapped line (ends mid-sentence in lower case) stays joined.
function splitLines(block: string, offset: number): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const newline of block.matchAll(/\n/g)) {
    const line = block.slice(start, newline.index).trimEnd();
    if (!/[\p{Ll},;:-]$/u.test(line)) {
      if (line.trim()) pieces.push({ text: block.slice(start, newline.index), start: offset + start });
      start = newline.index + 1;
    }
  }
  if (block.slice(start).trim()) pieces.push({ text: block.slice(start), start: offset + start });
  return pieces;
}
