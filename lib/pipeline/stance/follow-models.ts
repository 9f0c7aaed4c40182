// A sentence with a restriction cue → support for the countries it names as models ("follow the US and Australia in…").
import { extendGroup } from './clauses';
import { CALL_TO_FOLLOW_RE } from './grammar';
import type { SentenceContext } from './sentence-context';
import type { Mention } from './types';

const MODEL_RE = new RegExp(
  [
    String.raw`\b(?:follow(?:s|ed|ing)?|join(?:s|ed|ing)?|emulat(?:e|es|ed|ing)|replicat(?:e|es|ed|ing)|copy(?:ing)?|copied|in line with|`,
    String.raw`mirror(?:s|ed|ing)?)\s+(?:suit\s+with\s+)?(?:the\s+)?(?:(?:lead|example|footsteps|move|decision)\s+of\s+)?`,
    String.raw`(?:[\p{L}-]+\s+){0,3}?(?:like|such as|including|led by)?\s*(?:the\s+)?$`,
  ].join(''),
  'iu',
);
// "The move follows Washington's about-face": follows in time, not as a model.
const TEMPORAL_FOLLOW_RE =
  /\b(?:move|decision|announcement|step|news|report|this|it|that|which)\s+(?:\w+\s+)?follow(?:s|ed)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** The mentions a restricting sentence cites as its model or backer ("US-led", "following Australia's lead"). */
export function findFollowedModels(context: SentenceContext): Mention[] {
  const { text, strong, cues, matchers } = context;
  if (!cues.some((hit) => hit.cue.polarity === 1)) return [];
  const models: Mention[] = [];
  for (const mention of strong) {
    const backs = /^-(?:backed|led|sponsored|brokered)\b/.test(text.slice(mention.end, mention.end + 12));
    const lead = text.slice(Math.max(0, mention.start - 60), mention.start);
    const isModel =
      MODEL_RE.test(lead) &&
      !TEMPORAL_FOLLOW_RE.test(lead) &&
      !CALL_TO_FOLLOW_RE.test(text.slice(0, mention.start)) &&
      !/^['’]s\s+(?!lead|example|footsteps|move|decision|ban)/i.test(text.slice(mention.end, mention.end + 20));
    if (mention.isTarget || mention.pronoun || !(backs || isModel)) continue;
    if (mention.actor.country && matchers.targetCountries.has(mention.actor.country)) continue;
    models.push(...extendGroup(mention, strong, text, 1));
  }
  return models;
}
