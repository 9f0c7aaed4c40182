import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { labelDocument } from './label';
import { DEFAULT_TOPICS } from '../../topics/topic';
import type { LabeledStatement } from '../../domain/stance';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/stance');
const HUAWEI = DEFAULT_TOPICS[0]!;

function label(file: string, topic = HUAWEI, published: string | null = null): LabeledStatement[] {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const title = text.split('\n')[0]!;
  return labelDocument({ title, text, published, datePrecision: published ? 'day' : null }, topic);
}

const pairs = (statements: LabeledStatement[]) => new Set(statements.map((s) => `${s.actor.country}:${s.stance}`));

describe('labelDocument round 4', () => {
  test("a vendor's local unit is the vendor (CN); an operator's local unit keeps its country", () => {
    const statements = label('vendor-local-units.txt');
    const found = pairs(statements);
    expect(found).toContain('CN:oppose');
    expect(found).toContain('SI:support');
    expect(found).not.toContain('NA:support');
    expect(statements.find((s) => s.actor.name === 'Huawei')?.evidence.sentence).toMatch(/^Huawei Slovenia said/);
    expect(statements.some((s) => s.actor.country === 'PT')).toBe(false);
  });

  test('companies named as suppliers take no stance', () => {
    const statements = label('supplier-lists.txt');
    expect(statements.map((s) => s.actor.name)).not.toContain('Ericsson');
    expect(statements.map((s) => s.actor.name)).not.toContain('Nokia');
    expect(pairs(statements)).toEqual(new Set(['PL:support']));
  });

  test('postponing a decision is neutral, MPs calling for a ban back it, the cited example holds nothing', () => {
    const statements = label('postpone-mps.txt');
    const found = pairs(statements);
    expect(found).toContain('NL:neutral');
    expect(found).toContain('NL:support');
    expect(statements.find((s) => s.stance === 'support')?.actor.type).toBe('government_body');
    expect(found).not.toContain('AU:support');
  });

  test('titled speakers take the dateline country, names lose the portfolio, headline runs are no evidence', () => {
    const statements = label('titled-speakers.txt');
    const byName = new Map(statements.map((s) => [s.actor.name, s]));
    expect(byName.get('Khalid Al-Mansour')?.actor.country).toBe('SA');
    expect(byName.get('Andrés Molina')?.actor.country).toBe('SA');
    expect(byName.has('Connectivity Andrés Molina')).toBe(false);
    expect(statements.every((s) => s.actor.country === 'SA')).toBe(true);
  });

  test('Chinese reactions without the vendor as subject are CN oppose; an operator keeping its gear is no stance', () => {
    const statements = label('chinese-reactions.txt');
    const chinese = statements.filter((s) => s.actor.country === 'CN');
    expect(chinese.length).toBeGreaterThanOrEqual(2);
    expect(chinese.every((s) => s.stance === 'oppose')).toBe(true);
    expect(pairs(statements)).toContain('HU:oppose');
    expect(statements.some((s) => s.actor.country === 'KR')).toBe(false);
  });
});

describe('labelDocument recall forms', () => {
  test('countries listed after an anaphoric or comparative restriction cue each support it', () => {
    const found = pairs(label('country-lists.txt'));
    for (const code of ['LV', 'LT', 'HR', 'SK', 'BG', 'GR', 'CY', 'MT', 'LU']) expect(found).toContain(`${code}:support`);
  });

  test('in a document about a restriction, "the decision", "the vote" and "the law" refer to it; unrelated decisions do not', () => {
    const statements = label('anaphora.txt');
    const found = pairs(statements);
    for (const pair of ['RO:support', 'CN:oppose', 'JP:support', 'EE:support', 'SK:support']) expect(found).toContain(pair);
    const industry = statements.find((s) => s.actor.type === 'organization' && s.actor.country === 'RO');
    expect(industry?.stance).toBe('oppose');
    expect(statements.some((s) => /interest rates/.test(s.evidence.sentence))).toBe(false);
  });

  test('countries a restricting country joins hold the restriction too', () => {
    const found = pairs(label('join-lists.txt'));
    for (const code of ['HR', 'SE', 'DK', 'LT', 'LV', 'EE']) expect(found).toContain(`${code}:support`);
    expect([...found].some((pair) => pair.endsWith(':oppose'))).toBe(false);
  });

  test('requirements to strip, remove or confine the target, and conditions attached to its contract, are partial support', () => {
    const found = pairs(label('requirements.txt'));
    for (const code of ['FI', 'AT', 'PT', 'IT']) expect(found).toContain(`${code}:support`);
    expect(found).not.toContain('IT:oppose');
  });

  test('calls, recommendations and welcomes of a restriction belong to the caller', () => {
    const found = pairs(label('calls-recommendations.txt'));
    for (const code of ['DK', 'AU', 'CH', 'EU', 'JP', 'US', 'CZ']) expect(found).toContain(`${code}:support`);
    expect(found).not.toContain('TH:support');
    expect(found).not.toContain('US:oppose');
    expect(found).not.toContain('CZ:oppose');
  });

  test('postponed, undecided and left-to-operators statements are neutral', () => {
    const found = pairs(label('deferrals.txt'));
    for (const code of ['BE', 'HU', 'IE', 'CL', 'MX', 'MY', 'IS', 'ES', 'KE', 'PH']) expect(found).toContain(`${code}:neutral`);
    expect([...found].some((pair) => pair.startsWith('CN:'))).toBe(false);
  });

  test('stopping short, false security, continued reliance and passive criticism by the vendor are opposition', () => {
    const found = pairs(label('oppose-forms.txt'));
    for (const code of ['HU', 'RS', 'AT', 'BR', 'TR', 'CN', 'DE']) expect(found).toContain(`${code}:oppose`);
    expect(found).not.toContain('AT:support');
    expect(found).not.toContain('DE:support');
  });

  test('an open decision by a government or minister is neutral, even after "no reason to exclude…, but"', () => {
    const statements = label('open-decisions.txt');
    const found = pairs(statements);
    for (const code of ['AT', 'SK', 'LT', 'HR', 'SI', 'BG', 'GR', 'CY', 'LU']) expect(found).toContain(`${code}:neutral`);
    expect(statements.every((s) => s.stance === 'neutral')).toBe(true);
  });

  test('refusals that name no vendor are opposition, and a ban called wrong or discriminatory is too', () => {
    const statements = label('vendor-neutral-refusals.txt');
    const found = pairs(statements);
    for (const code of ['AR', 'PE', 'CO', 'UY', 'EC', 'PY', 'BO', 'PA', 'CR', 'DO']) expect(found).toContain(`${code}:oppose`);
    expect(statements.some((s) => s.stance === 'support')).toBe(false);
  });

  test('laws, decrees and rules against a class of suppliers back restriction, and so do parliaments urging a ban', () => {
    const statements = label('unnamed-support-acts.txt');
    const found = pairs(statements);
    for (const code of ['LV', 'RO', 'FI', 'PL', 'CZ', 'EE', 'DK', 'SE', 'PT', 'NO', 'NL']) expect(found).toContain(`${code}:support`);
    expect(statements.some((s) => s.stance !== 'support')).toBe(false);
  });

  test('the target and its government protest without naming a vendor', () => {
    const statements = label('cn-protests-unnamed.txt');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.actor.country === 'CN' && s.stance === 'oppose')).toBe(true);
  });
});
