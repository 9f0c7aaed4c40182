// Rows (any async iterable) + a column list → a streamed, formula-safe CSV (web ReadableStream of bytes).
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

export type CsvColumn<Row> = { header: string; value: (row: Row) => string | number | boolean | Date | null | undefined };

/**
 * Spreadsheets execute cells starting with = + - @ TAB CR; csv-stringify's escape_formulas prefixes
 * those with a quote. Numbers stay numbers (a negative score is data, not a formula).
 */
export function toCsvStream<Row>(rows: AsyncIterable<Row> | Iterable<Row>, columns: readonly CsvColumn<Row>[]): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    header: true,
    columns: columns.map((column, index) => ({ key: String(index), header: column.header })),
    escape_formulas: true,
    bom: true,
    record_delimiter: 'windows',
    // A lone CR or LF inside a cell must be quoted too, or some readers split the record.
    quoted_match: /[\r\n]/,
    cast: { date: (date) => date.toISOString(), boolean: (value) => (value ? 'true' : 'false') },
  });
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) yield columns.map((column) => column.value(row) ?? null);
    })(),
  );
  records.on('error', (error) => stringifier.destroy(error));
  records.pipe(stringifier);
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}

/** Content-Disposition filename like stancewatch-stances-2024-05-01.csv. */
export function toCsvFileName(prefix: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.csv`;
}
