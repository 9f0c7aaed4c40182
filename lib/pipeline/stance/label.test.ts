import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { labelDocument, LABELER_VERSION } from './label';
import { DEFAULT_TOPICS, parseTopicDefinition } from '../../topics/topic';
import type { LabeledStatement } from '../../domain/stance';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/stance');
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
  test('attribution: comma-less lists, generic bodies, appositives, claim sources and speakers who allege', () => {
    const statements = label('attribution.txt', HUAWEI, '2022-03-14');
    const found = pairs(statements);
    const expected = ['US:support', 'GB:support', 'JP:support', 'DK:support', 'PE:oppose', 'DE:neutral', 'EU:support', 'CN:oppose'];
    for (const pair of expected) expect(found).toContain(pair);
    // "the United States alleged that China could use…" is the US's claim, and selling parts to Huawei is trade.
    expect(found).not.toContain('CN:support');
    expect(found).not.toContain('US:oppose');
    // "Vodafone" listed among "the country's operators" acts for that country, not for its home country.
    expect(statements.find((s) => s.actor.name.startsWith('Vodafone'))?.actor.country).toBe('EC');
    expect(found).not.toContain('GB:oppose');
  });

  test('a headline "… says X" belongs to X, and a warning about a ban is against it', () => {
    const statements = label('headline-says.txt');
    expect(statements.map((s) => `${s.actor.country}:${s.stance}`)).toEqual(['IE:oppose']);
  });

  test('evidence is always a substring of the text; a title that is not in the text is not labelled', () => {
    const text = readFileSync(path.join(FIXTURES, 'attribution.txt'), 'utf8').split('\n').slice(2).join('\n');
    const statements = labelDocument({ title: 'Canada bans Huawei from 5G networks', text, published: null, datePrecision: null }, HUAWEI);
    expect(statements.length).toBeGreaterThan(0);
    expect(pairs(statements)).not.toContain('CA:support');
    for (const statement of statements) {
      for (const evidence of statement.evidenceAll) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    }
  });
  test('quotes far from the target, a speaker after the quotation, pressure on others, and arrests are not stances', () => {
    const statements = label('far-quote.txt', HUAWEI, '2023-05-09');
    const byName = new Map(statements.map((s) => [s.actor.name, s]));
    expect(byName.get('Joseph Mutua')?.actor.country).toBe('KE');
    expect(byName.get('Joseph Mutua')?.stance).toBe('support');
    // An operator keeping its supplier is a purchase, not a stance on the policy.
    expect(byName.has('Safaricom')).toBe(false);
    expect(pairs(statements)).toContain('US:support');
    expect(pairs(statements)).not.toContain('KE:neutral');
    expect(statements.some((s) => s.actor.country === 'CN')).toBe(false);
  });
  test('name-calling ("US hegemony") belongs to whoever says it, not to the one it names', () => {
    const found = pairs(label('name-calling.txt'));
    expect(found).not.toContain('US:oppose');
    expect(found).toContain('CN:oppose');
  });

  test('refusals are opposition for the one refusing, and a ministry named by its portfolio speaks for the place', () => {
    const found = pairs(label('refusals.txt'));
    expect(found).toContain('ID:oppose');
    expect(found).toContain('MX:oppose');
    expect(found).toContain('TH:oppose');
    expect(found).not.toContain('MX:support');
  });

  test('a partial restriction followed by a concession stays support', () => {
    const found = pairs(label('concessive.txt'));
    expect(found).toEqual(new Set(['AT:support']));
  });

  test('weighing, considering whether and not having decided are neutral', () => {
    const found = pairs(label('hedging-weighing.txt'));
    expect(found).toEqual(new Set(['HU:neutral', 'RO:neutral', 'SK:neutral']));
  });

  test('a speaker named after the quote speaks for their organisation, not the place', () => {
    const statements = label('quote-speaker-org.txt');
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const statement of statements) expect(`${statement.actor.country}:${statement.stance}`).toBe('CN:oppose');
  });

  test('operators fighting a restriction on cost or timing grounds oppose it', () => {
    const found = pairs(label('operator-cost.txt'));
    expect(found).toEqual(new Set(['ES:oppose', 'GB:oppose', 'DE:oppose']));
  });

  test('a vendor regretting or disappointed by its exclusion is CN oppose; the excluding regulator supports', () => {
    const found = pairs(label('vendor-complaint.txt'));
    expect(found).toContain('CN:oppose');
    expect(found).toContain('SE:support');
    expect(found).not.toContain('CN:support');
  });

  test('financing for trusted vendors and warnings about cooperation are pressure by the one applying it', () => {
    const found = pairs(label('pressure-trusted.txt'));
    expect(found).toEqual(new Set(['US:support']));
  });

  test("a call to follow another country's lead belongs to the caller, not to the example", () => {
    const statements = label('follow-lead.txt');
    expect(pairs(statements)).toContain('CA:support');
    expect(statements.some((s) => s.actor.country === 'AU' || s.actor.country === 'GB')).toBe(false);
  });

  test('bylines, datelines, visited capitals and trade measures yield no actors', () => {
    const statements = label('false-positives.txt');
    expect(pairs(statements)).toEqual(new Set(['US:support']));
    expect(statements.every((s) => s.evidence.sentence.includes('urged'))).toBe(true);
    expect(statements.some((s) => /Doe|Santiago|Chile/.test(s.actor.name))).toBe(false);
  });
});
