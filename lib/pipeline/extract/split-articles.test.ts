import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractPlainText } from './text';
import { splitArticles } from './split-articles';

const load = (name: string) =>
  extractPlainText(readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name), 'utf8'), false);

describe('splitArticles', () => {
  test('splits glued articles at their headlines', () => {
    const { text, title } = load('glued-articles.txt');
    const parts = splitArticles(text, title);
    expect(parts.map((p) => p.title)).toEqual([
      'Regulator fines rural broadband provider over missed coverage targets',
      'Coffee prices climb as harvest forecasts shrink in key growing regions',
      'Museum reopens medieval manuscript collection after long restoration',
    ]);
    expect(parts[1]?.text).toMatch(/^Coffee prices climb/);
    expect(parts[0]?.text).not.toContain('Coffee');
  });

  test('keeps a single article with subheadings whole', () => {
    const { text, title } = load('single-article-subheads.txt');
    expect(splitArticles(text, title)).toEqual([{ title, text }]);
  });

  test('keeps short texts whole', () => {
    expect(splitArticles('Title\n\nOne paragraph.', 'Title')).toHaveLength(1);
  });
});
