import { describe, expect, test } from 'vitest';
import { findAgents } from './attribution';
import { toTestContext } from './test-support';

function agentsOf(text: string, cueText: string) {
  const context = toTestContext(text);
  const hit = context.cues.find((cue) => cue.text.toLowerCase().startsWith(cueText))!;
  return findAgents(hit, context);
}

describe('findAgents', () => {
  test('the subject of an active cue holds it', () => {
    expect(agentsOf('Sweden banned Huawei from its 5G networks.', 'banned')?.agents.map((agent) => agent.actor.country)).toEqual(['SE']);
  });

  test('a passive is held by the agent after "by"', () => {
    const found = agentsOf('Huawei was banned by Sweden and Denmark from 5G networks.', 'banned');
    expect(found?.passive).toBe(true);
    expect(found?.agents.map((agent) => agent.actor.country)).toEqual(['SE', 'DK']);
  });

  test('a noun of restriction is held by its modifier', () => {
    const found = agentsOf('The Swedish ban on Huawei took effect.', 'ban');
    expect(found?.isNoun).toBe(true);
  });

  test('a quoted claim belongs to the speaker', () => {
    const found = agentsOf('"This is discriminatory against Huawei," said Hungary.', 'discriminatory');
    expect(found?.agents.map((agent) => agent.actor.country)).toEqual(['HU']);
  });

  test('nobody holds a cue when the sentence names no one', () => {
    expect(agentsOf('It is unclear what happens to Huawei next, and nobody will ban anything.', 'ban')).toBeNull();
  });
});
