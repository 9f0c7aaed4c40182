// A cue hit in its sentence → whether it reports the holder's own stance (not background, trade, a question or a proposal judged).
import { NEGATION_RE, PARTICIPLE_RE, PASSIVE_BEFORE_RE } from './grammar';
import { testRe } from './regex';
import type { SentenceContext } from './sentence-context';
import type { CueHit } from './types';

const QUESTION_BEFORE_RE = /\bask(?:s|ed|ing)?\b[^.;]{0,60}\b(?:whether|if)\b[^.;]*$/i;
const ALLEGATION_RE =
  /\b(?:could|would|may|might|can|alleg\w*|accus\w*|claim\w*|fear\w*|warn\w*|concern\w*|risk\w*|threat\w*|used (?:for|to|as)|tool)\b/i;
const CONCESSIVE_BEFORE_RE = /\b(?:though|although|even as|even if)\s*$/i;
// "resisting an order to remove…", "the plan to remove… would cost billions": a proposed act that another cue
// in the sentence judges; the judgement, not the proposal, is the holder's stance.
const PROPOSED_ACT_BEFORE_RE = new RegExp(
  [
    String.raw`(?<!\bin\s)(?<![\p{L}])(?:plans?|proposals?|orders?|decisions?|requirements?|rules?|push|bid|timeline|deadline|timetable|`,
    String.raw`mandate|law|directive|move|demands?|calls?|pressure|efforts?|attempts?)\s+(?:to|for)\s+(?:[\p{L}-]+\s+)?$`,
  ].join(''),
  'iu',
);
// "partners that let Huawei in": a relative clause describes others, not the speaker.
const GENERIC_RELATIVE_BEFORE_RE = new RegExp(
  [
    String.raw`(?<!\b(?:told|tell|tells|telling|informed|warned|reminded|assured|notified|advised)\s+`,
    String.raw`(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?)`,
    String.raw`\b(?:countries|nations|partners|allies|governments|operators|carriers|companies|firms|states|those|anyone|others|networks)`,
    String.raw`\s+(?:that|which|who)\s*$`,
  ].join(''),
  'iu',
);
// "Excluding one vendor gives a false sense of security": a gerund subject is the act judged, not an act reported.
const GERUND_SUBJECT_RE = /^(?:[\s,"“]*|.*\b(?:said|says|argued|argues|warned|warns|believes|that)\s+)$/iu;
const EMOTION_PARTICIPLE_RE = /^(?:disappoint|concern|worr|regret|dismay|surpris|alarm|frustrat|troubl|upset|sadden|shock)/i;

/** Whether a cue reports a stance someone holds; false for background ("amid a crackdown"), trade, questions and the like. */
export function isReportedCue(hit: CueHit, context: SentenceContext): boolean {
  const { text, masked, cues, matchers } = context;
  const before = text.slice(0, hit.start);
  const clauseFrom = context.clauseStart(hit.start);
  // "no reason to exclude any supplier, but our assessment is not finished": the open "but" clause wins.
  if (
    hit.cue.polarity !== 0 &&
    NEGATION_RE.test(text.slice(Math.max(0, hit.start - 70), hit.start)) &&
    cues.some((other) => other.cue.polarity === 0 && other.start > hit.end && /\bbut\b/i.test(text.slice(hit.end, other.start)))
  ) {
    return false;
  }
  if (hit.cue.polarity === -1 && matchers.tradeTo.test(text.slice(hit.end, hit.end + 120))) return false;
  // "amid a US crackdown": background to the news, not a reported act.
  if (/\bamid\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(before)) return false;
  // "bar them from the core, though operators may keep using its radios": a concession narrows the restriction.
  if (
    hit.cue.polarity === -1 &&
    CONCESSIVE_BEFORE_RE.test(masked.slice(Math.max(0, clauseFrom - 16), clauseFrom)) &&
    cues.some((other) => other.cue.polarity === 1 && other.end <= hit.start)
  )
    return false;
  const judged = cues.some(
    (other) =>
      other !== hit &&
      other.cue.polarity !== hit.cue.polarity &&
      ((other.end <= hit.start && other.start >= clauseFrom) || (other.cue.kind === 'claim' && other.cue.polarity !== 1)),
  );
  if (hit.cue.kind === 'act' && PROPOSED_ACT_BEFORE_RE.test(before) && judged) return false;
  if (
    hit.cue.kind === 'act' &&
    /ing$/i.test(hit.text) &&
    GERUND_SUBJECT_RE.test(before) &&
    cues.some((other) => other.start > hit.end && other.cue.kind === 'claim' && other.cue.polarity !== hit.cue.polarity)
  )
    return false;
  if (hit.cue.kind === 'act' && GENERIC_RELATIVE_BEFORE_RE.test(masked.slice(Math.max(0, clauseFrom - 30), clauseFrom))) return false;
  // "tightened export restrictions on services": a trade measure, whatever else the sentence mentions.
  const around = text.slice(Math.max(0, hit.start - 20), Math.min(text.length, hit.end + 25));
  if (hit.cue.polarity !== 0 && testRe(matchers.offTopic, around)) return false;
  // "arrested on suspicion of spying" is a criminal case; spying is a stance only as an allegation or a risk.
  if (matchers.covertClaim.test(hit.text) && !ALLEGATION_RE.test(text)) return false;
  if (hit.cue.kind === 'claim' && !hit.cue.needsSpeaker) {
    // A passive claim verb ("will be denied contracts") is no claim; a question put to someone is no position.
    if (
      hit.cue.polarity === -1 &&
      PARTICIPLE_RE.test(hit.text) &&
      PASSIVE_BEFORE_RE.test(before) &&
      !EMOTION_PARTICIPLE_RE.test(hit.text) &&
      !/^\s+by\s/i.test(text.slice(hit.end, hit.end + 6))
    )
      return false;
    if (QUESTION_BEFORE_RE.test(before) || /\b(?:if|unless|as long as|provided)\b[^,;:]{0,50}$/i.test(before)) return false;
  }
  return true;
}
