import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FeedParseError, looksLikeFeed, parseFeed } from './feeds';

const BASE = 'https://news.example';
function fixture(name: string): Uint8Array {
  const raw = readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/feeds', name));
  return new Uint8Array(Buffer.from(raw.toString('latin1').replaceAll('{{BASE}}', BASE), 'latin1'));
}
const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseFeed', () => {
  test('reads RSS 2.0 items with guid, link, date, author and HTML summary as text', () => {
    const feed = parseFeed(fixture('rss.xml'), 'application/rss+xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Meridian Wire - Technology', link: `${BASE}/`, itemErrors: [] });
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toEqual({
      key: 'meridian-2025-03-11-huawei-deadline',
      link: `${BASE}/pages/uk-huawei-deadline-meridian.html?utm_source=rss&utm_medium=feed`,
      title: 'UK sets 2027 deadline to strip Huawei from 5G core, threatens fines',
      published: '2025-03-11T07:42:00.000Z',
      author: 'Daniel Okafor',
      summary: 'Operators that keep Huawei equipment in their networks after the deadline could be fined up to 10% of turnover.',
      contentHtml: null,
    });
    expect(feed.items[1]).toMatchObject({
      title: 'Berlin split over plan to phase out Huawei & ZTE parts',
      author: 'Jonas Bergmann',
      published: '2025-05-20T14:30:00.000Z',
    });
    expect(feed.items[1]!.summary).toContain('three years — the digital');
    // No guid: keyed on the (trimmed) link; content:encoded kept as HTML.
    expect(feed.items[2]).toMatchObject({
      key: `${BASE}/pages/brazil-5g-regulator-keeps-huawei.html`,
      published: '2025-08-04T17:05:00.000Z',
    });
    expect(feed.items[2]!.contentHtml).toMatch(/^<p>Brazil's telecoms regulator/);
  });

  test('reads Atom entries, picks the alternate link and resolves relative links against the feed URL', () => {
    const feed = parseFeed(fixture('atom.xml'), 'application/atom+xml', `${BASE}/feeds/atom.xml`);
    expect(feed).toMatchObject({ format: 'atom', title: 'Europolis Daily – Digital', link: `${BASE}/digital` });
    expect(feed.items.map((i) => i.link)).toEqual([
      `${BASE}/pages/eu-commission-high-risk-vendors.html?fbclid=IwAR0abc123`,
      `${BASE}/pages/huawei-rejects-security-claims.html`,
      `${BASE}/pages/uk-huawei-deadline-northern-courier.html`,
    ]);
    expect(feed.items[0]).toMatchObject({
      key: 'tag:europolis.example,2025-06-16:/digital/5g-toolbox-report',
      published: '2025-06-16T08:00:00.000Z',
      author: 'Lucía Ferrer',
      summary: 'Only ten of 27 countries have restricted high-risk suppliers, the Commission says.',
    });
    // No <published>: <updated> stands in.
    expect(feed.items[1]).toMatchObject({ published: '2025-09-02T07:10:00.000Z', author: 'Wang Lei' });
  });

  test('reads a JSON Feed, including an item without a URL (kept, keyed on its id)', () => {
    const feed = parseFeed(fixture('feed.json'), 'application/feed+json');
    expect(feed.format).toBe('json');
    expect(feed.items.map((i) => [i.key, i.link === null])).toEqual([
      ['telcoledger-88412', false],
      ['telcoledger-syndication-3391', false],
      ['telcoledger-88390', true],
    ]);
    expect(feed.items[0]).toMatchObject({ author: 'Fiona MacLeod', summary: 'Core swaps are mostly done; hilltop radio sites are not.' });
    expect(feed.items[1]!.summary).toMatch(/^British mobile networks/);
  });

  test('reads RSS 1.0 (RDF) with Dublin Core dates', () => {
    const feed = parseFeed(fixture('rdf.xml'), 'application/rdf+xml');
    expect(feed.format).toBe('rdf');
    expect(feed.items[0]).toMatchObject({
      author: 'Ana Beatriz Costa',
      published: '2025-08-04T17:05:00.000Z',
      key: `${BASE}/pages/brazil-5g-regulator-keeps-huawei.html`,
    });
  });

  test('a broken feed keeps its good items and reports each bad one by index', () => {
    const feed = parseFeed(fixture('broken.xml'), 'application/rss+xml');
    expect(feed.title).toBe('Asia Tech Times · Telecom'); // ISO-8859-1 from the XML declaration
    expect(feed.items.map((i) => i.title)).toEqual([
      'Huawei executive: bans on Chinese vendors are "protectionism dressed as security"',
      'ZTE opens test lab to European regulators',
      'Café owners protest 5G mast',
    ]);
    expect(feed.items[1]!.published).toBeNull(); // free-text date: item kept, date dropped
    expect(feed.itemErrors).toEqual([
      { index: 1, message: 'item has no guid, id or usable link' },
      { index: 3, message: expect.stringMatching(/no guid, id or usable link.*javascript:alert/) },
    ]);
  });

  test('drops repeated items with the same key', () => {
    const xml = `<rss version="2.0"><channel><title>t</title>
      <item><guid>a</guid><link>https://x.example/1</link></item><item><guid>a</guid><link>https://x.example/1</link></item></channel></rss>`;
    expect(parseFeed(bytes(xml)).items).toHaveLength(1);
  });

  test('throws "not a feed" for HTML, sitemaps, other JSON and empty input', () => {
    expect(() => parseFeed(fixture('not-a-feed.xml'))).toThrow(/not a feed: the root element is <urlset>/);
    expect(() => parseFeed(bytes('<!DOCTYPE html><html><body>hi</body></html>'))).toThrow(/not a feed: the root element is <html>/);
    expect(() => parseFeed(bytes('{"hello": "world"}'))).toThrow(FeedParseError);
    expect(() => parseFeed(bytes('{oops'))).toThrow(/not a feed: invalid JSON/);
    expect(() => parseFeed(bytes(''))).toThrow(/not a feed: the document is empty/);
  });
});

describe('looksLikeFeed', () => {
  test('recognises every fixture feed and nothing else', () => {
    for (const name of ['rss.xml', 'atom.xml', 'feed.json', 'rdf.xml', 'broken.xml']) expect(looksLikeFeed(fixture(name))).toBe(true);
    expect(looksLikeFeed(fixture('not-a-feed.xml'))).toBe(false);
    expect(looksLikeFeed(bytes('<!doctype html><html></html>'), 'text/html')).toBe(false);
    expect(looksLikeFeed(bytes('{"items": []}'), 'application/json')).toBe(false);
  });

  test('sees a feed served as text/html and one behind a BOM and comments', () => {
    expect(looksLikeFeed(bytes('\uFEFF<?xml version="1.0"?>\n<!-- generated --><rss version="2.0"></rss>'), 'text/html')).toBe(true);
  });
});
