import { describe, expect, test } from 'vitest';
import { detectTextDate, findCaptionRanges, findDateLine, findDateMentions, parseDateString } from './dates';

const NOW = new Date('2024-01-01T00:00:00Z');

describe('parseDateString', () => {
  test('reads ISO timestamps as written, without shifting time zones', () => {
    expect(parseDateString('2020-06-07T23:30:00-04:00')).toEqual({ value: '2020-06-07', precision: 'day' });
  });

  test('reads English and German date expressions', () => {
    expect(parseDateString('June 7, 2020')?.value).toBe('2020-06-07');
    expect(parseDateString('7. Juni 2020')?.value).toBe('2020-06-07');
    expect(parseDateString('07.06.2020')?.value).toBe('2020-06-07');
    expect(parseDateString('Sun, 07 Jun 2020 10:00:00 GMT')?.value).toBe('2020-06-07');
  });

  test('rejects impossible and future dates', () => {
    expect(parseDateString('2020-02-31')).toBeNull();
    expect(parseDateString('2031-01-01', { now: NOW })).toBeNull();
  });
});

describe('findDateMentions', () => {
  test('finds dates in several languages in text order', () => {
    const mentions = findDateMentions('Am 3. März 2021 und le 5 juin 2019, then on December 24th, 2018.', { now: NOW });
    expect(mentions.map((m) => m.value)).toEqual(['2021-03-03', '2019-06-05', '2018-12-24']);
  });

  test('reads ambiguous slash dates day-first for non-English pages', () => {
    expect(findDateMentions('03/04/2020', { lang: 'de' })[0]?.value).toBe('2020-04-03');
    expect(findDateMentions('03/04/2020', { lang: 'en' })[0]?.value).toBe('2020-03-04');
  });
});

describe('findDateLine', () => {
  test('takes a byline date near the top', () => {
    expect(findDateLine('Headline\nBy Jane Doe | June 7, 2020\nBody text.')?.value).toBe('2020-06-07');
    expect(findDateLine('Überschrift\nVeröffentlicht am 07.06.2020, 14:30 Uhr\nText.')?.value).toBe('2020-06-07');
  });

  test('skips update stamps and copyright lines', () => {
    expect(findDateLine('Headline\nUpdated: 8 June 2020\n© 2019 Example\nPublished 7 June 2020')?.value).toBe('2020-06-07');
  });

  test('accepts a dateline before a dash in strict mode', () => {
    const text = `Headline\nLondon, 12 July 2019 – ${'Ministers approved the rules for the auction and its obligations. '.repeat(3)}`;
    expect(findDateLine(text, { strict: true })?.value).toBe('2019-07-12');
    expect(
      findDateLine(`Headline\nOn 12 July 2019 ministers approved the rules for the auction and all of its obligations.`, { strict: true }),
    ).toBeNull();
  });

  test('accepts a dateline at the start of a long first paragraph', () => {
    const text = `Karlsruhe, 12.11.2021. ${'Die Landeskirche lädt zu einem Gottesdienst ein. '.repeat(5)}`;
    expect(findDateLine(text)?.value).toBe('2021-11-12');
  });
});

describe('detectTextDate', () => {
  test('estimates the month from the latest explicit date and yearless dates after it', () => {
    const text =
      'Talks began in January 2019. An agreement followed on December 19, 2019.\n\nOn August 5, the ministry announced new rules.';
    expect(detectTextDate(text, { now: NOW })).toEqual({ value: '2020-08', precision: 'month', source: 'text' });
  });

  test('ignores dates in photo captions and prefers no date over a photo date', () => {
    const text = [
      'Allies warned about equipment vendors',
      'tokyo street phones\nshoppers look at handsets in a store window in Tokyo\nMarch 4, 2017. The store opened in spring.',
      'AFP PHOTO / Staff',
      'Officials have briefed allies about security concerns, according to people familiar with the talks.',
      'Travellers board a plane in Osaka on May 5, 2017. (Photo by Jane Roe/Example Agency)',
      'The talks are expected to continue next month.',
    ].join('\n\n');
    // The two captions and the credit line under the first one.
    expect(findCaptionRanges(text)).toHaveLength(3);
    expect(detectTextDate(text, { now: NOW })).toBeNull();
  });

  test('never answers with today when the text has no date', () => {
    expect(detectTextDate('The ministry announced new rules today.', { now: NOW })).toBeNull();
  });
});
