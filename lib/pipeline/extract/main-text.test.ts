import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { parsePage } from './html';
import { extractMainText } from './main-text';

const load = (name: string) => readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract', name), 'utf8');
const mainText = (html: string) => extractMainText(parsePage(html).document).text;

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

  test('ends the article at a related-stories or contact heading near its end and drops captions and date lines', () => {
    const magazine = mainText(load('magazine-header-today.html'));
    expect(magazine).toContain('Der Kreistag hat am Dienstag einstimmig beschlossen');
    expect(magazine).toContain('Kritik an der Auswahl der Standorte');
    expect(magazine).toContain('bis zum Jahresende geschlossen');
    expect(magazine).not.toContain('Weitere Artikel');
    expect(magazine).not.toContain('Bürgermeisterwahl');
    expect(magazine).not.toContain('Pressestelle');
    expect(magazine).not.toContain('© Kreisverwaltung');
    expect(magazine).not.toContain('22. April 2021');
    expect(magazine).not.toContain('Warning');
  });

  test('drops a related-stories heading inside the article with its linked teaser, keeping the text after it', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report on the new spectrum rules, with enough words to count as article text here.</p>`;
    const html = `<html><body><article><h1>Spectrum rules</h1>${paragraph(1)}${paragraph(2)}
      <h4>Read also:</h4><p><a href="/other">Operators sue over the last auction</a></p>${paragraph(3)}${paragraph(4)}${paragraph(5)}</article></body></html>`;
    const text = mainText(html);
    expect(text).not.toContain('Read also');
    expect(text).not.toContain('Operators sue');
    expect(text).toContain('Paragraph 5 of the report');
  });

  test('drops tables of contents, post-meta lines and server warnings printed into the page', () => {
    const body = '<p>Decanting lets a young red wine breathe and separates an old one from its sediment, a sommelier explains.</p>'.repeat(
      3,
    );
    const html = `<html><body><article><p>Warning: Creating default object from empty value in /var/www/theme/functions.php on line 12</p>
      <h2>Table of contents</h2><ul><li><a href="#why">Why decant</a></li><li><a href="#how">How to decant</a></li></ul>${body}
      <p>This entry was posted in Wine and tagged decanting.</p></article></body></html>`;
    const text = mainText(html);
    expect(text).toContain('Decanting lets a young red wine breathe');
    expect(text).not.toMatch(/Warning|Table of contents|Why decant|This entry was posted/);
  });

  test('recovers an intro paragraph that sits just before the article body', () => {
    const body = '<p>Body paragraph of the story with enough words in it to be counted as article text for sure.</p>'.repeat(4);
    const html = `<html><body><div class="article"><h1>Heat pumps in old houses</h1>
      <div class="article-intro"><p>Can a heat pump work in an old house? It can, if the flow temperature stays low, experts say.</p></div>
      <div class="article-body">${body}</div></div><div class="footer-links"><a href="/a">Imprint</a></div></body></html>`;
    const text = mainText(html);
    expect(text).toMatch(/^Can a heat pump work in an old house\?/);
    expect(text).toContain('Body paragraph of the story');
  });

  test('decodes escaped HTML in a JSON-LD articleBody', () => {
    const html = '<html><body><div id="app"><p>Loading…</p></div></body></html>';
    const body = `<p>Uma das lideran&ccedil;as da organiza&ccedil;&atilde;o foi presa.</p>${'<p>Outro par&aacute;grafo da not&iacute;cia sobre o caso.</p>'.repeat(12)}`;
    const result = extractMainText(parsePage(html).document, { jsonLdBody: body });
    expect(result.text).toMatch(/^Uma das lideranças da organização foi presa\.\n\nOutro parágrafo/);
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
