import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractMainText } from './main-text';

const load = (name: string) => readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name), 'utf8');
const mainText = (html: string) => extractMainText((parseHTML(html) as unknown as { document: Document }).document).text;

describe('extractMainText', () => {
  const text = mainText(load('news-article.html'));

  test('keeps the article paragraphs, subheadings and list items', () => {
    expect(text).toContain('The German government has postponed a decision');
    expect(text).toContain('Security catalogue');
    expect(text).toContain('a declaration of trustworthiness from each vendor,');
    expect(text).toContain('Operators say they already follow most of the rules');
  });

  test('separates paragraphs with a blank line', () => {
    expect(text).toMatch(/officials said on Sunday\.\n\nThe interior ministry/);
  });

  test('drops teaser lists of other headlines', () => {
    expect(text).not.toContain('UK bans Huawei');
    expect(text).not.toContain('Ten phones reviewed');
  });

  test('drops comments, cookie notices, share bars and image credits', () => {
    expect(text).not.toContain('long overdue');
    expect(text).not.toContain('use of cookies');
    expect(text).not.toContain('Share on Facebook');
    expect(text).not.toContain('Photo: Example Agency');
  });

  test('drops navigation, ads, read-more links and the footer', () => {
    expect(text).not.toContain('Politics');
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Read more');
    expect(text).not.toContain('All rights reserved');
  });

  test('drops newsletter boxes and share lists on a German page', () => {
    const german = mainText(load('json-ld-article.html'));
    expect(german).toContain('Die Bundesregierung will bis Jahresende');
    expect(german).not.toContain('Newsletter');
    expect(german).not.toContain('Teilen');
    expect(german).not.toContain('Impressum');
  });

  test('falls back to text density on table layouts with <br> paragraphs', () => {
    const legacy = mainText(load('german-dateline.html'));
    expect(legacy).toContain('Der Stadtrat hat am Donnerstagabend');
    expect(legacy).toMatch(/versorgt sein\.\n\nKritik kam/);
    expect(legacy).not.toContain('Startseite');
  });

  test('uses JSON-LD articleBody when the markup hides the text', () => {
    const html = '<html><body><div id="app"><p>Loading…</p></div></body></html>';
    const body = 'First paragraph of the story. '.repeat(20);
    const document = (parseHTML(html) as unknown as { document: Document }).document;
    const result = extractMainText(document, { jsonLdBody: body });
    expect(result.method).toBe('json-ld');
    expect(result.text).toContain('First paragraph of the story.');
  });
});
