import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { extractPdf } from './pdf';

const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;

test('reading a PDF leaves Array.prototype.push and JSON.parse native (pdfjs polyfills would slow every stage)', async () => {
  const bytes = readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/extract/report.pdf'));
  const pdf = await extractPdf(new Uint8Array(bytes));
  expect(pdf.text.length).toBeGreaterThan(100);
  expect(Array.prototype.push).toBe(nativePush);
  expect(JSON.parse).toBe(nativeJsonParse);
  expect(String(Array.prototype.push)).toMatch(/\[native code\]/);
});
