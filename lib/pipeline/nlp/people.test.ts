import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import { findTaggedPeople } from './people';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const STANCE_FIXTURES = path.join(ROOT, 'tests/fixtures/stance');
const SEEDS = path.join(ROOT, 'seeds');

describe('findTaggedPeople', () => {
  test('finds the same people, at the same offsets, as nlp(sentence).people()', () => {
    const sentences = [
      ...readdirSync(STANCE_FIXTURES)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => readFileSync(path.join(STANCE_FIXTURES, file), 'utf8')),
      ...readdirSync(SEEDS).map((file) => readFileSync(path.join(SEEDS, file), 'utf8')),
    ]
      .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
      .filter((sentence) => /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(sentence));
    expect(sentences.length).toBeGreaterThan(300);
    const toSpans = (people: Array<{ text: string; offset: { start: number; length: number } }>) =>
      people.map((person) => `${person.offset.start}+${person.offset.length}:${person.text}`);
    let found = 0;
    for (const sentence of sentences) {
      const expected = toSpans(
        nlp(sentence).people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>,
      );
      found += expected.length;
      expect(toSpans(findTaggedPeople(sentence))).toEqual(expected);
    }
    expect(found).toBeGreaterThan(30);
  }, 30_000);
});
