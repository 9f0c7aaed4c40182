// Sentence text → people named in it (compromise plus title patterns), each resolved to a country from its context.
import nlp from 'compromise';
import { findGazetteerMentions, type GazetteerMention } from './gazetteer/index';
import { PERSON_TITLES, US_TITLES } from './titles';
import type { ActorRef } from '../../domain/stance';

export type PersonMention = { start: number; end: number; name: string };

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
// Names are case-sensitive, titles are not: spell each title word with either initial.
const TITLES_ANY_CASE = PERSON_TITLES.replace(
  /(^|[|\s(])([a-z])/g,
  (_, lead: string, letter: string) => `${lead}[${letter}${letter.toUpperCase()}]`,
);
const TITLE_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:${TITLES_ANY_CASE})\\s+((?:${NAME_WORD}\\s+){0,2}${NAME_WORD})`, 'gu');
const NAME_THEN_APPOSITIVE = new RegExp(
  `((?:${NAME_WORD}\\s+){1,2}${NAME_WORD}),\\s+(?:a|an|the|who is|who was)?\\s*(?:[\\p{L}'’.-]+\\s+){0,5}(?:${TITLES_ANY_CASE})(?![\\p{L}])`,
  'gu',
);
const NOT_NAME = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'This',
  'That',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'For',
  'Its',
  'His',
  'Her',
  'Their',
  'Our',
  'After',
  'As',
  'If',
  'When',
  'While',
]);
const US_TITLE = new RegExp(`\\b(?:${US_TITLES})\\s*$`, 'i');
const ONLY_TITLE = new RegExp(`^(?:(?:${PERSON_TITLES}|general|deputy|vice|[\\p{L}]+-)[\\s-]*)+$`, 'iu');
const ROLE = new RegExp(`\\b(?:${PERSON_TITLES})\\b`, 'i');
// "Minister for Connectivity Ana Ruiz": the words between the portfolio's "for/of" and the name are the portfolio.
const PORTFOLIO_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TITLES_ANY_CASE})\\s+(?:for|of)\\s+(?:the\\s+)?$`, 'u');

// `nlp(text)` is `new View(tokenize.fromString(text))` followed by every compute hook of its world; the last hook, the
// chunker (noun and verb phrases), takes a fifth of the time and sets no tag, and people() reads only tags. This uses
// compromise's internals (its `_world`): actors.test.ts checks that the people found stay those of `nlp(text)`.
type CompromiseWorld = { hooks: string[]; methods: { one: { tokenize: { fromString(text: string, world: CompromiseWorld): unknown } } } };
type CompromiseView = ReturnType<typeof nlp>;
const COMPROMISE_WORLD = (nlp as unknown as { _world: CompromiseWorld })._world;
const CompromiseView = nlp('').constructor as new (document: unknown) => CompromiseView;
const TAGGING_HOOKS = COMPROMISE_WORLD.hooks.filter((hook) => hook !== 'chunks');

/** The people compromise tags in a sentence, as `nlp(sentence).people()` finds them. */
export function findTaggedPeople(sentence: string): Array<{ text: string; offset: { start: number; length: number } }> {
  const view = new CompromiseView(COMPROMISE_WORLD.methods.one.tokenize.fromString(sentence, COMPROMISE_WORLD));
  view.compute(TAGGING_HOOKS);
  return view.people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
}

/** People named in a sentence: names after titles or before appositives, plus compromise's candidates unless `deep` is false. */
export function findPeople(sentence: string, options: { deep?: boolean } = {}): PersonMention[] {
  const found: PersonMention[] = [];
  const add = (from: number, name: string) => {
    let start = from;
    let words = name.trim().split(/\s+/);
    while (words.length > 0 && NOT_NAME.has(words[0]!.replace(/\.$/, ''))) words = words.slice(1);
    if (words.length === 0) return;
    while (words.length > 1 && !/^\p{Lu}/u.test(words[words.length - 1]!)) words = words.slice(0, -1);
    if (words.length > 2 && PORTFOLIO_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) {
      start = sentence.indexOf(words[words.length - 2]!, start);
      words = words.slice(-2);
    }
    const clean = words.join(' ').replace(/['’]s$/, '');
    // "Director-General"", "Prime Minister": a title alone names nobody.
    if (ONLY_TITLE.test(clean)) return;
    const at = sentence.indexOf(clean, start);
    if (at < 0 || findGazetteerMentions(clean).some((mention) => mention.surface === clean)) return;
    if (found.some((person) => at < person.end && person.start < at + clean.length)) return;
    found.push({ start: at, end: at + clean.length, name: clean });
  };
  for (const match of sentence.matchAll(TITLE_THEN_NAME)) add(match.index + match[0].length - match[1]!.length, match[1]!);
  for (const match of sentence.matchAll(NAME_THEN_APPOSITIVE)) add(match.index, match[1]!);
  if (options.deep === false) return found.sort((a, b) => a.start - b.start);
  for (const person of findTaggedPeople(sentence)) {
    // compromise often stops after a given name it knows ("Zhao"); take the capitalised words that follow.
    const tail = sentence.slice(person.offset.start + person.offset.length).match(new RegExp(`^(?:\\s+${NAME_WORD}){0,2}`, 'u'))?.[0] ?? '';
    const text = (sentence.slice(person.offset.start, person.offset.start + person.offset.length) + tail).replace(/[,.;:]+$/, '');
    if (text.split(/\s+/).length >= 2 || /^\p{Lu}/u.test(text)) add(person.offset.start, text);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A stable key for a person not in the gazetteer. */
export function toPersonKey(name: string): string {
  return `person:${name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

export type PersonContext = {
  /** The country last named in the paragraph, for "the country's prime minister". */
  lastCountry: string | null;
  /** Which topic targets count as the organisation a person speaks for. */
  isTarget: (mention: GazetteerMention) => boolean;
};

/**
 * The country of a person, read from titles and appositives around each place the surname occurs
 * ("Germany's interior minister X", "X, a Chinese foreign ministry spokesman", "Senator X", "X of Huawei").
 * Unknown → null.
 */
export function resolvePerson(name: string, documentText: string, context: PersonContext): ActorRef {
  const words = name.split(/\s+/);
  const surname = words[words.length - 1] ?? name;
  let country: string | null = null;
  let hasRole = false;
  let type: ActorRef['type'] = 'person';
  const nameRe = new RegExp(`(?<![\\p{L}])${escape(words.length > 1 ? name : surname)}(?![\\p{L}])`, 'gu');
  for (const occurrence of documentText.matchAll(nameRe)) {
    const before = documentText.slice(Math.max(0, occurrence.index - 90), occurrence.index);
    // "…giant Huawei, with President X": a comma before a preposition ends the phrase that could title X.
    const clauseBefore =
      before
        .split(
          /(?<!\b\p{Lu}|\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Amb|Col|Lt|St))[.;!?](?=\s)|[\n"“”]|,\s*(?=(?:with|and|as|while|after|when|but|amid|despite)\s)|\b(?:said|says|told|added|according to)\s/u,
        )
        .pop() ?? '';
    const after = documentText.slice(occurrence.index + occurrence[0].length, occurrence.index + occurrence[0].length + 110);
    const appositive = /^\s*,\s*((?:a|an|the|who is|who was)?[^,.;“”"]{0,100})/.exec(after)?.[1] ?? '';
    const ofOrg = /^\s*(?:,\s*)?(?:of|from|at|for)\s+(?:the\s+)?([^,.;]{0,60})/.exec(after)?.[1] ?? '';
    const windows = [clauseBefore.slice(-70), appositive, ofOrg];
    for (const window of windows) {
      if (!window) continue;
      const role = ROLE.test(window);
      const mentions = findGazetteerMentions(window);
      // "the director of Huawei Colombia", "a ZTE spokesperson in Lagos": the organisation a person speaks for
      // outweighs the place they speak from (its local unit counts only for other companies: "Orange Belgium").
      const organisation = mentions.find(
        (mention) =>
          mention.actor.type !== 'country' &&
          mention.actor.country &&
          !(
            mention.actor.type === 'company' &&
            !context.isTarget(mention) &&
            mentions.some((other) => other.actor.type === 'country' && other.start - mention.end === 1)
          ),
      );
      const chosen = organisation ?? (mentions.length > 0 ? mentions[mentions.length - 1] : undefined);
      if (role) hasRole = true;
      if (chosen && (role || window === ofOrg || /['’]s\s*$/.test(window.slice(0, chosen.end + 2)))) {
        country = chosen.actor.country;
        if (role) type = 'official';
        break;
      }
      if (
        role &&
        /\b(?:the|its|the country['’]s|the nation['’]s)\b/i.test(window) &&
        /country['’]s|nation['’]s|\bstate\b/i.test(window) &&
        context.lastCountry
      ) {
        country = context.lastCountry;
        type = 'official';
        break;
      }
      if (window === clauseBefore.slice(-70) && US_TITLE.test(window)) {
        country = 'US';
        type = 'official';
        break;
      }
    }
    if (country) break;
  }
  if (!country && hasRole) type = 'official';
  return { key: toPersonKey(name), name, type, country, aliases: words.length > 1 ? [surname] : [] };
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
