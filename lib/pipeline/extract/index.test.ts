import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDocuments } from './index';

const bytes = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name)));

async function extractOne(name: string, extra: Record<string, unknown> = {}) {
  const result = await extractDocuments({ bytes: bytes(name), fileName: name, ...extra });
  if (!result.ok) throw new Error(result.error);
  return result.documents;
}

describe('extractDocuments', () => {
  test('extracts an HTML article with metadata', async () => {
    const [doc] = await extractOne('news-article.html');
    expect(doc).toMatchObject({
      title: 'Berlin delays decision on 5G vendors',
      mediaType: 'text/html',
      language: 'en',
      published: '2020-06-07',
      datePrecision: 'day',
      dateSource: 'meta',
      canonicalUrl: 'https://news.example.org/politics/berlin-delays-5g-decision',
      siteName: 'The Daily Wire Service',
      partIndex: 0,
    });
  });

  test('sniffs the format from the bytes, not the file name', async () => {
    const [doc] = await extractOne('report.pdf', { fileName: 'report.html' });
    expect(doc?.mediaType).toBe('application/pdf');
  });

  test('reads the text layer and title of a PDF', async () => {
    const [doc] = await extractOne('report.pdf');
    expect(doc?.title).toBe('Report on network security');
    expect(doc?.text).toContain('Most governments now require certification');
    // Paragraphs come from the gaps between lines in the text layer.
    expect(doc?.text.split('\n\n')).toEqual([
      'Report on network security',
      'The institute reviewed the security requirements for mobile networks in twelve countries. Most governments now require certification of critical components before they are deployed.',
      'Several regulators have also asked operators to avoid relying on a single supplier for the core network.',
    ]);
    expect(doc?.published).toBe('2020-06-07');
  });

  test('reports a PDF without a text layer as an error', async () => {
    const result = await extractDocuments({ bytes: bytes('scanned-no-text.pdf') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/no text layer/);
  });

  test('reads a DOCX with headings, list items and its dateline', async () => {
    const [doc] = await extractOne('consultation.docx');
    expect(doc?.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc?.text).toContain('Our recommendations');
    expect(doc?.text).toContain('Give operators enough time to replace equipment.');
    expect(doc).toMatchObject({ published: '2020-06-07', dateSource: 'byline' });
  });

  test('splits a glued text file into numbered parts', async () => {
    const docs = await extractOne('glued-articles.txt');
    expect(docs.map((d) => d.partIndex)).toEqual([0, 1, 2]);
  });

  test('dates glued articles by their own datelines, else by the page, never by background mentions', async () => {
    const docs = await extractOne('glued-background-years.txt');
    expect(docs.map((d) => [d.published, d.datePrecision, d.dateSource])).toEqual([
      ['2019-07-12', 'day', 'byline'],
      ['2019-07', 'month', 'text'],
      ['2019-07-09', 'day', 'byline'],
    ]);
  });

  test('drops output printed before <html> and falls back to the description when scripts build the page', async () => {
    const [doc] = await extractOne('magazine-header-today.html');
    expect(doc).toMatchObject({ title: 'Landkreis schließt Funklöcher an Bundesstraßen', language: 'de', published: '2021-04-22' });
    const html =
      '<html><head><meta name="description" content="The regulator opened a consultation on mast sharing in rural areas."></head><body><div id="root"></div><script>render()</script></body></html>';
    const result = await extractDocuments({ bytes: new TextEncoder().encode(html) });
    expect(result.ok && result.documents[0]?.text).toBe('The regulator opened a consultation on mast sharing in rural areas.');
    expect(result.ok && result.documents[0]?.warnings?.[0]).toMatch(/description/);
  });

  test('prefers the feed pubDate over the page metadata', async () => {
    const [doc] = await extractOne('news-article.html', { feedItem: { published: 'Tue, 09 Jun 2020 06:00:00 GMT' } });
    expect(doc).toMatchObject({ published: '2020-06-09', dateSource: 'feed' });
  });

  test('returns errors for empty and binary inputs instead of throwing', async () => {
    expect(await extractDocuments({ bytes: new Uint8Array() })).toEqual({ ok: false, error: 'the file is empty' });
    const binary = await extractDocuments({ bytes: new Uint8Array(2000).map((_, i) => (i * 7) % 32) });
    expect(binary.ok).toBe(false);
  });

  test('caps the work on an absurdly large page', async () => {
    const paragraph = '<div class="row"><span>cell</span><a href="/x">link</a></div>'.repeat(500_000);
    const html = `<html><body><article><h1>Big</h1><p>${'Real article text sentence. '.repeat(20)}</p></article>${paragraph}</body></html>`;
    const started = Date.now();
    const result = await extractDocuments({ bytes: new TextEncoder().encode(html) });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.documents[0]?.warnings?.[0]).toMatch(/truncated/);
  }, 30_000);
});
