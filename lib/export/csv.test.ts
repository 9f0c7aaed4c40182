import { describe, expect, test } from 'vitest';
import { toCsvStream } from './csv';

type Row = { name: string; score: number; when: Date | null };
const columns = [
  { header: 'Name', value: (row: Row) => row.name },
  { header: 'Score', value: (row: Row) => row.score },
  { header: 'When', value: (row: Row) => row.when },
];

async function* generate(rows: Row[]) {
  for (const row of rows) yield row;
}

describe('toCsvStream', () => {
  test('neutralises cells that a spreadsheet would run as formulas', async () => {
    const names = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'plain, "quoted"'];
    const text = await new Response(toCsvStream(generate(names.map((name) => ({ name, score: -0.5, when: null }))), columns)).text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Name,Score,When');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")",-0.5,`);
    expect(lines[2]).toBe("'+1+1,-0.5,");
    expect(lines[3]).toBe("'-2+3,-0.5,");
    expect(lines[4]).toBe("'@SUM(A1),-0.5,");
    expect(lines[5]).toMatch(/^'\tTAB/);
    expect(text).toContain(`"'\rCR"`);
    expect(lines.at(-2)).toBe('"plain, ""quoted""",-0.5,');
  });

  test('writes dates as ISO and streams many rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => ({ name: `n${index}`, score: index, when: new Date(Date.UTC(2020, 4, 1)) }));
    const text = await new Response(toCsvStream(generate(rows), columns)).text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5001);
    expect(lines[1]).toBe('n0,0,2020-05-01T00:00:00.000Z');
  });
});
