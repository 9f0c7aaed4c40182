import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { labelDocument, LABELER_VERSION } from './label';
import { DEFAULT_TOPICS, parseTopicDefinition } from './topic';
import type { LabeledStatement } from './types';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/stance');
const HUAWEI = DEFAULT_TOPICS[0]!;
const TIKTOK = parseTopicDefinition(JSON.parse(readFileSync(path.join(FIXTURES, 'topics/tiktok.json'), 'utf8')));

function label(file: string, topic = HUAWEI, published: string | null = null): LabeledStatement[] {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const title = text.split('\n')[0]!;
  return labelDocument({ title, text, published, datePrecision: published ? 'day' : null }, topic);
}

const pairs = (statements: LabeledStatement[]) => new Set(statements.map((s) => `${s.actor.country}:${s.stance}`));

describe('labelDocument', () => {
  test('a negated exclusion is opposition and "is considering whether" is neutral', () => {
    const found = pairs(label('negation-hedging.txt', HUAWEI, '2022-03-14'));
    expect(found).toContain('NO:oppose');
    expect(found).toContain('PT:neutral');
    expect(found).not.toContain('NO:support');
    expect(found).not.toContain('PT:support');
  });

  test('a passive ban is held by the agent after "by", a ban "imposed in" by that country, and the target protests', () => {
    const found = pairs(label('passive-quotes.txt'));
    expect(found).toContain('DK:support');
    expect(found).toContain('EE:support');
    expect(found).toContain('CN:oppose');
    expect(found).not.toContain('DK:oppose');
  });

  test('appositives, possessive titles and US titles resolve people to countries', () => {
    const statements = label('coreference-appositive.txt', HUAWEI, '2021-05-04');
    const byName = new Map(statements.map((s) => [s.actor.name, s]));
    expect(byName.get('Eamon Ryan')?.actor.country).toBe('IE');
    expect(byName.get('Eamon Ryan')?.stance).toBe('oppose');
    expect(byName.get('Zhao Lijian')?.actor.country).toBe('CN');
    expect(byName.get('Zhao Lijian')?.stance).toBe('oppose');
    expect(byName.get('Marco Rubio')?.actor.country).toBe('US');
    expect(byName.get('Marco Rubio')?.stance).toBe('support');
  });

  test('the statement date comes from the sentence when it names one, else from the document', () => {
    const statements = label('coreference-appositive.txt', HUAWEI, '2021-05-04');
    const ryan = statements.find((s) => s.actor.name === 'Eamon Ryan');
    expect(ryan?.date).toBe('2021-05-03');
    expect(ryan?.datePrecision).toBe('day');
    const rubio = statements.find((s) => s.actor.name === 'Marco Rubio');
    expect(rubio?.date).toBe('2021-05-04');
  });

  test('phone launches, export blacklists and other sanctions are not network-vendor stances', () => {
    expect(label('distractors.txt')).toEqual([]);
  });

  test('a full ban scores higher than a core-only exclusion', () => {
    const statements = label('strength.txt');
    const canada = statements.find((s) => s.actor.country === 'CA');
    const germany = statements.find((s) => s.actor.country === 'DE');
    expect(canada?.stance).toBe('support');
    expect(germany?.stance).toBe('support');
    expect(canada!.score).toBeGreaterThan(germany!.score);
  });

  test('evidence offsets point at the evidence sentence and every statement carries its provenance', () => {
    const text = readFileSync(path.join(FIXTURES, 'strength.txt'), 'utf8');
    const statements = labelDocument({ title: text.split('\n')[0]!, text, published: '2023-01-02', datePrecision: 'day' }, HUAWEI);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(text.slice(statement.evidence.start, statement.evidence.end)).toBe(statement.evidence.sentence);
      expect(statement.evidenceAll).toContainEqual(statement.evidence);
      expect(statement.topicSlug).toBe('huawei-zte-5g');
      expect(statement.confidence).toBeGreaterThan(0);
      expect(statement.confidence).toBeLessThanOrEqual(1);
    }
    expect(LABELER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('a second topic works from data alone', () => {
    const found = pairs(label('tiktok.txt', TIKTOK, '2023-03-17'));
    expect(found).toContain('NZ:support');
    expect(found).toContain('AU:neutral');
    expect(found).toContain('CN:oppose');
    expect(pairs(label('tiktok.txt', HUAWEI))).not.toContain('NZ:support');
  });
});
