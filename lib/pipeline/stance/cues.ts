// Sentence text + topic matchers → the stance cues in it ("banned", "has not decided", "discriminatory"), outermost first.
import { CUES } from './lexicon';
import { findCueCandidates, indexCueOpenings, matchAtCandidates } from './cue-openings';
import type { TopicMatchers } from './topic-matchers';
import type { CueHit } from './types';

// Which cue can match where, found with one scan of the sentence instead of running every cue regex.
const CUE_OPENINGS = indexCueOpenings(CUES.map((cue) => cue.pattern));

/** The cues of a sentence; a cue inside a longer one is dropped. Target and domain say which cues may apply. */
export function findCues(text: string, hasTarget: boolean, hasDomain: boolean, matchers: TopicMatchers): CueHit[] {
  const hits: CueHit[] = [];
  const candidates = findCueCandidates(CUE_OPENINGS, text);
  for (const [index, { cue, re, at }] of matchers.cues.entries()) {
    const positions = candidates[index];
    if ((cue.needsTarget && !hasTarget) || (cue.needsDomain && !hasDomain) || !positions) continue;
    if (positions === 'anywhere') {
      re.lastIndex = 0;
      for (const match of text.matchAll(re)) hits.push({ cue, start: match.index, end: match.index + match[0].length, text: match[0] });
      continue;
    }
    for (const match of matchAtCandidates(at, text, positions)) {
      hits.push({ cue, start: match.start, end: match.start + match.text.length, text: match.text });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter(
    (hit, index) => !hits.some((other, otherIndex) => otherIndex < index && other.start <= hit.start && hit.end <= other.end),
  );
}
