// Stored dates (first day of the period) shown with only the precision they have: one rule for pages, API and CSV.
import type { StoredDatePrecision } from './values';

/** YYYY-MM-DD shortened to what its precision supports (2020-08-01 with month precision → 2020-08). */
export function toDisplayDate(date: string | null, precision: StoredDatePrecision): string | null {
  if (!date) return null;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date;
}
