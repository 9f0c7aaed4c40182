import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findPageDate, findUrlDate, readJsonLd } from './html-dates';
import { parsePage } from './html';

const load = (name: string) => readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name), 'utf8');
const pageDate = (html: string, urls: Array<string | null> = []) => {
  const { document } = parsePage(html);
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
    expect(pageDate(load('url-date.html'), ['https://blog.example.net/2018/03/14/operators-report-faster-rollout/'])).toEqual({
      value: '2018-03-14',
      precision: 'day',
      source: 'url',
    });
  });

  test('reads a German date line under the headline', () => {
    expect(pageDate(load('german-dateline.html'))).toEqual({ value: '2020-06-07', precision: 'day', source: 'byline' });
  });
});

describe('findPageDate in page chrome', () => {
  test("skips today's date next to the site logo and takes the labelled publication date in the article", () => {
    expect(pageDate(load('magazine-header-today.html'), [])).toEqual({ value: '2021-04-22', precision: 'day', source: 'byline' });
  });

  test('reads the datePublished title of a timestamp in the post footer, not the month of the URL', () => {
    expect(pageDate(load('blog-post-footer.html'), ['https://fieldnotes.example.blog/2019/10/measuring-mast-interference.html'])).toEqual({
      value: '2019-10-16',
      precision: 'day',
      source: 'time-element',
    });
  });

  test('takes the byline under the real headline, not under a logo heading', () => {
    const html = `<html><head><title>Port strike ends after two weeks | Harbour News</title></head><body>
      <h1><a href="/">Harbour News</a></h1><span>Monday, 4 March 2024</span>
      <div class="story"><h2>Port strike ends after two weeks</h2><p>Harbour News<br>12 Feb 2020, 22:11</p>
      <p>${'Dock workers returned to work on Sunday after the union accepted a new offer. '.repeat(4)}</p></div></body></html>`;
    expect(pageDate(html)).toMatchObject({ value: '2020-02-12', precision: 'day' });
  });

  test('ignores a date inside the first body sentence under the headline', () => {
    const html = `<html><body><h1>New rules for vaccination certificates</h1>
      <p>With the ordinance that entered into force on 15 January 2022, the rules for certificates changed as well, and ${'the ministry explains what applies now to travellers and employers. '.repeat(3)}</p></body></html>`;
    expect(pageDate(html)).toBeNull();
  });

  test('prefers the date in the URL path over a lone JSON-LD date that contradicts it', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-02T08:00:00+01:00"}</script></head>
      <body><article><h1>Masts approved</h1><p>${'The council approved the masts after a long debate. '.repeat(5)}</p></article></body></html>`;
    expect(pageDate(html, ['https://news.example/2019/11/05/masts-approved/'])).toEqual({
      value: '2019-11-05',
      precision: 'day',
      source: 'url',
    });
  });

  test('reads a two-digit year only in an element named for its date', () => {
    const html = `<html><body><div class="text"><div class="date">Party, 30.10.23</div><h1>Last-minute costumes</h1>
      <p>${'Costume ideas that need nothing but an old sheet. '.repeat(5)}</p></div></body></html>`;
    expect(pageDate(html)).toMatchObject({ value: '2023-10-30', precision: 'day' });
  });
});

describe('findUrlDate', () => {
  test('keeps only the precision the URL has', () => {
    expect(findUrlDate('https://x.example/2020/06/07/story')).toEqual({ value: '2020-06-07', precision: 'day' });
    expect(findUrlDate('https://x.example/news/20200607-story.html')).toEqual({ value: '2020-06-07', precision: 'day' });
    expect(findUrlDate('https://x.example/2020/06/story')).toEqual({ value: '2020-06', precision: 'month' });
    expect(findUrlDate('https://x.example/story-12345')).toBeNull();
    expect(findUrlDate('https://x.example/ausgaben/2019-4/artikel/story.html')).toBeNull();
  });
});
