// Every fixture, seed and test page → the labeler's output, held against a snapshot named after LABELER_VERSION.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDocuments } from '../extract/index';
import { labelDocument, LABELER_VERSION } from './label';
import { DEFAULT_TOPICS } from '../../topics/topic';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__');
const TOPIC = DEFAULT_TOPICS[0]!;

type GoldDocument = { title?: string; text: string; published?: string; published_precision?: 'month' | 'year' };

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

/** One JSON line per document: gold-format fixtures are labelled as they are, files go through extraction first. */
async function labelFixtures(): Promise<string[]> {
  const lines: string[] = [];
  const fixtures = path.join(ROOT, 'tests/fixtures');
  for (const set of readdirSync(fixtures)
    .filter((name) => name.startsWith('stance-holdout'))
    .sort()) {
    for (const file of listFiles(path.join(fixtures, set)).filter((name) => name.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as GoldDocument;
      const datePrecision = doc.published_precision ?? (doc.published ? ('day' as const) : null);
      const input = { title: doc.title ?? '', text: doc.text, published: doc.published ?? null, datePrecision };
      lines.push(JSON.stringify({ file: path.relative(ROOT, file), labels: labelDocument(input, TOPIC) }));
    }
  }
  for (const dir of ['tests/fixtures/stance', 'seeds', 'tests/fixtures/pages']) {
    for (const file of listFiles(path.join(ROOT, dir)).filter((name) => !/\.(?:ts|json|md)$/.test(name))) {
      const result = await extractDocuments({ bytes: readFileSync(file), fileName: path.basename(file) });
      if (!result.ok) throw new Error(`${file}: ${result.error}`);
      for (const document of result.documents) {
        const input = { title: document.title, text: document.text, published: document.published, datePrecision: document.datePrecision };
        lines.push(JSON.stringify({ file: path.relative(ROOT, file), part: document.partIndex, labels: labelDocument(input, TOPIC) }));
      }
    }
  }
  return lines;
}

describe('labelDocument', () => {
  test('labels every fixture, seed and test page exactly as the snapshot of this labeler version says', async () => {
    const lines = await labelFixtures();
    expect(lines.length).toBeGreaterThan(100);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(path.join(SNAPSHOTS, `label-${LABELER_VERSION}.jsonl`));
  }, 120_000);

  test('keeps only the snapshot of the current version (a behaviour change comes with a version bump)', () => {
    const files = readdirSync(SNAPSHOTS).filter((name) => name.startsWith('label-'));
    expect(files.filter((name) => name !== `label-${LABELER_VERSION}.jsonl`)).toEqual([]);
  });
});
