// Bench: labels the seed documents and the stance fixtures repeatedly; last line is a JSON summary.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { labelDocument } from '../../lib/pipeline/stance/label';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import type { LabelInput } from '../../lib/domain/stance';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function load(dir: string): LabelInput[] {
  return readdirSync(dir)
    .filter((file) => /\.(txt|md)$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return { title: text.split('\n')[0] ?? file, text, published: '2021-01-15', datePrecision: 'day' as const };
    });
}

const inputs = [...load(path.join(ROOT, 'seeds')), ...load(path.join(ROOT, 'tests/fixtures/stance'))];
const topic = DEFAULT_TOPICS[0]!;
for (const input of inputs) labelDocument(input, topic); // warm-up: module init and regex compilation
let documents = 0;
let statements = 0;
let peakRss = process.memoryUsage().rss;
const started = performance.now();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const input of inputs) {
    statements += labelDocument(input, topic).length;
    documents += 1;
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const minutes = (performance.now() - started) / 60_000;
const bytes = inputs.reduce((sum, input) => sum + input.text.length, 0);
console.log(
  `${inputs.length} documents (${Math.round(bytes / 1024)} KB) × ${ROUNDS} rounds, ${statements} statements, ${(minutes * 60).toFixed(2)} s`,
);
console.log(
  JSON.stringify({
    bench: 'label',
    documents,
    documentsPerMinute: Math.round(documents / minutes),
    peakRssMb: Math.round(peakRss / 1048576),
  }),
);
