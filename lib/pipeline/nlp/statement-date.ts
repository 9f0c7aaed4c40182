// A statement's sentence (and its neighbour) + the document date → the date the statement was made, with precision.
import type { DatePrecision } from '../../domain/values';
import * as chrono from 'chrono-node';

export type StatementDate = { date: string | null; precision: DatePrecision | null; source: 'sentence' | 'document' | 'none' };

const DEADLINE_BEFORE = /\b(?:by|until|till|before|from|starting|effective|deadline|end of|within|after)\s*(?:the\s+)?(?:end of\s+)?$/i;

/** The first explicit past date in the sentence or the one before it; else the document's date. */
export function extractStatementDate(
  sentence: string,
  previous: string | null,
  published: string | null,
  publishedPrecision: DatePrecision | null,
): StatementDate {
  const reference = published ? toReferenceDate(published) : null;
  for (const text of previous ? [sentence, previous] : [sentence]) {
    const found = findExplicitDate(text, reference, publishedPrecision);
    if (found) return { ...found, source: 'sentence' };
  }
  if (published) return { date: published, precision: publishedPrecision ?? precisionOf(published), source: 'document' };
  return { date: null, precision: null, source: 'none' };
}

function findExplicitDate(text: string, reference: Date | null, publishedPrecision: DatePrecision | null) {
  // Cheap gate: chrono is only worth running when a month, weekday or year is present.
  if (
    !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:19|20)\d\d\b/i.test(
      text,
    )
  )
    return null;
  const results = chrono.parse(text, reference ?? undefined, { forwardDate: false });
  for (const result of results) {
    if (DEADLINE_BEFORE.test(text.slice(0, result.index))) continue;
    const start = result.start;
    const hasYear = start.isCertain('year');
    const hasMonth = start.isCertain('month');
    const hasDay = start.isCertain('day');
    const weekdayOnly = start.isCertain('weekday') && !hasDay && !hasMonth;
    if (weekdayOnly && !(reference && publishedPrecision === 'day')) continue;
    if (!hasYear && !hasMonth && !weekdayOnly) continue;
    if (!hasYear && !reference) continue;
    let date = start.date();
    if (reference && date.getTime() > reference.getTime() + 86_400_000) {
      if (hasYear) continue; // a future date is a deadline or plan, not when it was said
      date = new Date(date.getTime() - (weekdayOnly ? 7 : 365) * 86_400_000);
    }
    const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    if (hasDay || weekdayOnly) return { date: iso, precision: 'day' as const };
    if (hasMonth) return { date: iso.slice(0, 7), precision: 'month' as const };
    return { date: iso.slice(0, 4), precision: 'year' as const };
  }
  return null;
}

function toReferenceDate(published: string): Date {
  const [year, month, day] = published.split('-').map(Number);
  return new Date(year ?? 2000, (month ?? 12) - 1, day ?? 28, 12);
}

function precisionOf(date: string): DatePrecision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
