import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findPageDate, findUrlDate, readJsonLd } from './html-dates';

const load = (name: string) => readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name), 'utf8');
const pageDate = (html: string, urls: Array<string | null> = []) => {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return findPageDate(document, { jsonLd: readJsonLd(document), urls, language: 'en' });
};

describe('findPageDate', () => {
  test('takes JSON-LD datePublished of the article, not its comments or dateModified', () => {
    expect(pageDate(load('json-ld-article.html'))).toEqual({ value: '2019-11-21', precision: 'day', source: 'json-ld' });
  });

  test('takes article:published_time and ignores article:modified_time', () => {
    expect(pageDate(load('news-article.html'))).toEqual({ value: '2020-06-07', precision: 'day', source: 'meta' });
  });

  test('takes a <time> marked as published, skipping updated stamps, teasers and comments', () => {
    const html = `<html><body><article><h1>Title</h1>
      <time class="updated" datetime="2021-01-02">2 Jan 2021</time>
      <time class="entry-date published" datetime="2020-05-04T10:00:00+02:00">4 May 2020</time>
      <p>Body text of the article.</p></article>
      <div class="comments"><time datetime="2020-05-05">5 May 2020</time></div></body></html>`;
    expect(pageDate(html)).toEqual({ value: '2020-05-04', precision: 'day', source: 'time-element' });
  });

  test('does not take a teaser date or the copyright year', () => {
    const html = `<html><body><h1>Title</h1><p>Body without a date, long enough to be an article paragraph.</p>
      <div class="related"><span class="date">14.07.2020</span></div><footer>© 2021 Example</footer></body></html>`;
    expect(pageDate(html)).toBeNull();
  });

  test('falls back to the date in the canonical URL path', () => {
    expect(pageDate(load('url-date.html'), ['https://blog.example.net/2018/03/14/operators-report-faster-rollout/'])).toEqual({ value: '2018-03-14', precision: 'day', source: 'url' });
  });

  test('reads a German date line under the headline', () => {
    expect(pageDate(load('german-dateline.html'))).toEqual({ value: '2020-06-07', precision: 'day', source: 'byline' });
  });
});

describe('findUrlDate', () => {
  test('keeps only the precision the URL has', () => {
    expect(findUrlDate('https://x.example/2020/06/07/story')).toEqual({ value: '2020-06-07', precision: 'day' });
    expect(findUrlDate('https://x.example/news/20200607-story.html')).toEqual({ value: '2020-06-07', precision: 'day' });
    expect(findUrlDate('https://x.example/2020/06/story')).toEqual({ value: '2020-06', precision: 'month' });
    expect(findUrlDate('https://x.example/story-12345')).toBeNull();
  });
});
