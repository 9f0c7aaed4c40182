// Gazetteer data files → curated actors (for the Actor table) and a fast matcher of their names in text.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import countryData from './countries.json';
import organizationData from './organizations.json';
import regionData from './regions.json';
import type { ActorRef, ActorType } from '../../../domain/stance';
import { createLiteralMatcher } from '../literal-matcher';

countries.registerLocale(english);

/** How a name refers to its actor: demonyms and seats of government are weaker than names. */
export type MentionKind = 'name' | 'demonym' | 'seat';

export type GazetteerMention = { start: number; end: number; surface: string; actor: ActorRef; kind: MentionKind };

type CountryExtra = { name?: string; aliases: string[]; demonyms: string[]; seats: string[] };
type OrganizationEntry = { id: string; name: string; type: string; country: string | null; aliases: string[] };

const ACTOR_TYPES = new Set<ActorType>(['country', 'government_body', 'official', 'company', 'organization', 'think_tank', 'person']);

function toCountryActors(): { actors: ActorRef[]; surfaces: Array<[string, ActorRef, MentionKind]> } {
  const extras = countryData as unknown as Record<string, CountryExtra | string>;
  const names = countries.getNames('en', { select: 'all' });
  const actors: ActorRef[] = [];
  const surfaces: Array<[string, ActorRef, MentionKind]> = [];
  const codes = new Set([...Object.keys(names), ...Object.keys(extras).filter((code) => /^[A-Z]{2}$/.test(code))]);
  for (const code of codes) {
    const extra = extras[code];
    const own = typeof extra === 'object' ? extra : { aliases: [], demonyms: [], seats: [] };
    // "Korea, Republic of" style names never occur in prose.
    const official = (names[code] ?? []).filter((name) => !name.includes(','));
    const aliases = [...new Set([...official, ...own.aliases])];
    // Display name: the data's own, else the shortest English name that is not an abbreviation ("China").
    const plainNames = official.filter((candidate) => !/^[A-Z.]+$/.test(candidate)).sort((a, b) => a.length - b.length);
    const name = own.name ?? plainNames[0] ?? own.aliases[0] ?? code;
    const actor: ActorRef = {
      key: `country:${code}`,
      name,
      type: 'country',
      country: code,
      aliases: [...aliases, ...own.demonyms, ...own.seats],
    };
    actors.push(actor);
    for (const alias of aliases) surfaces.push([alias, actor, 'name']);
    for (const demonym of own.demonyms) surfaces.push([demonym, actor, 'demonym']);
    for (const seat of own.seats) surfaces.push([seat, actor, 'seat']);
  }
  return { actors, surfaces };
}

function toOrganizationActors(): { actors: ActorRef[]; surfaces: Array<[string, ActorRef, MentionKind]> } {
  const actors: ActorRef[] = [];
  const surfaces: Array<[string, ActorRef, MentionKind]> = [];
  for (const entry of (organizationData as { actors: OrganizationEntry[] }).actors) {
    const type = ACTOR_TYPES.has(entry.type as ActorType) ? (entry.type as ActorType) : 'organization';
    const actor: ActorRef = { key: `org:${entry.id}`, name: entry.name, type, country: entry.country, aliases: entry.aliases };
    actors.push(actor);
    for (const alias of new Set([entry.name, ...entry.aliases])) surfaces.push([alias, actor, 'name']);
  }
  return { actors, surfaces };
}

const COUNTRY_ACTORS = toCountryActors();
const ORGANIZATION_ACTORS = toOrganizationActors();
const ALL_ACTORS = [...COUNTRY_ACTORS.actors, ...ORGANIZATION_ACTORS.actors];
const BY_KEY = new Map(ALL_ACTORS.map((actor) => [actor.key, actor]));
const BY_COUNTRY = new Map(COUNTRY_ACTORS.actors.map((actor) => [actor.country ?? '', actor]));

// Organisations win over countries for the same surface ("EU" is the Union, not a code).
const SURFACES = new Map<string, { actor: ActorRef; kind: MentionKind } | null>();
for (const [surface, actor, kind] of [...COUNTRY_ACTORS.surfaces, ...ORGANIZATION_ACTORS.surfaces]) {
  if (surface.length >= 2) SURFACES.set(surface, { actor, kind });
}
for (const region of regionData.names) SURFACES.set(region, null);

// A name starts where no letter, digit, "&" or "-" comes before it, and ends where none follows ("US-led" and
// "Huawei-backed" end at the hyphen). Longest surface first.
const MATCHER = createLiteralMatcher([...SURFACES.keys()], {
  before: '(?<![\\p{L}\\p{N}&-])',
  after: '(?![\\p{L}\\p{N}&]|-(?!backed|led|sponsored|brokered|imposed|based\\b)[\\p{L}])',
});

/** The whole gazetteer, for loading into the Actor table. */
export function listGazetteerActors(): ActorRef[] {
  return ALL_ACTORS.map((actor) => ({ ...actor, aliases: [...actor.aliases] }));
}

export function findGazetteerActor(key: string): ActorRef | null {
  return BY_KEY.get(key) ?? null;
}

/** The country actor for an ISO code ("EU" gives the Union). */
export function findCountryActor(code: string): ActorRef | null {
  if (code === 'EU') return BY_KEY.get('org:eu') ?? null;
  return BY_COUNTRY.get(code) ?? null;
}

/** Every gazetteer name in `text`, longest match first, case-sensitive. */
export function findGazetteerMentions(text: string): GazetteerMention[] {
  const mentions: GazetteerMention[] = [];
  for (const match of MATCHER.matchAll(text)) {
    // A region ("Southeast Asia") names no actor, but its words are not read again as other names.
    const entry = SURFACES.get(match.text);
    if (entry) mentions.push({ start: match.start, end: match.end, surface: match.text, actor: entry.actor, kind: entry.kind });
  }
  return mentions;
}

/** Every surface the gazetteer matches, regions included (for tests). */
export function listGazetteerSurfaces(): string[] {
  return [...SURFACES.keys()];
}
