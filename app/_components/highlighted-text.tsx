// Document text with evidence ranges wrapped in <mark>; plain React text nodes, so ingested HTML stays text.
import type { StanceLabel } from '@/lib/domain/stance';

export type HighlightRange = { start: number; end: number; stance: StanceLabel; label: string; id: string };
type Segment = { text: string; range: HighlightRange | null; start: number };

/** Splits text at the ranges (sorted, overlaps trimmed, out-of-bounds clamped). */
export function toSegments(text: string, ranges: HighlightRange[]): Segment[] {
  const sorted = ranges
    .map((range) => ({
      ...range,
      start: Math.max(0, Math.min(range.start, text.length)),
      end: Math.max(0, Math.min(range.end, text.length)),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of sorted) {
    // Several actors often share one sentence: the first range shown wins, later overlaps start after it.
    const start = Math.max(range.start, cursor);
    if (start >= range.end) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), range: null, start: cursor });
    segments.push({ text: text.slice(start, range.end), range, start });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), range: null, start: cursor });
  return segments;
}

export function HighlightedText({ text, ranges }: { text: string; ranges: HighlightRange[] }) {
  return (
    <div className="doc-text" data-testid="document-text">
      {toSegments(text, ranges).map((segment) =>
        segment.range ? (
          <mark
            key={segment.start}
            id={`evidence-${segment.range.id}`}
            className={`evidence-mark evidence-mark--${segment.range.stance}`}
            title={segment.range.label}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
