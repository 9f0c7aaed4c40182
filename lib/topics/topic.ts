// A tracked policy as data. The labeler reads only this, so a new topic needs no code change.
import { z } from 'zod';
import huaweiZte5g from './huawei-zte-5g.json';

/** How pages speak about the topic: the question the dashboard answers and what each stance means here. */
export const topicDisplaySchema = z.object({
  /** The overview's headline question. */
  headline: z.string().min(1),
  /** One sentence under the headline. */
  summary: z.string().default(''),
  /** What "support" means for this topic (the restriction is backed). */
  supportMeans: z.string().min(1),
  opposeMeans: z.string().min(1),
  neutralMeans: z.string().default('neither backs nor rejects it (reviewing, undecided, or both)'),
  /** Short legend labels for the map and badges. */
  supportLabel: z.string().default('Supports'),
  opposeLabel: z.string().default('Opposes'),
});
export type TopicDisplay = z.infer<typeof topicDisplaySchema>;

/** Regular-expression fragments (matched case-insensitively, `\p{L}` allowed), joined as alternatives. */
const patternList = z.array(z.string().min(1)).default([]);

/** The topic's own words that the labeler's rules are written around; each list may stay empty. */
export const topicVocabularySchema = z.object({
  /** Words that report a restriction in a document's lead ("banned", "exclusion"): later "the decision" refers to it. */
  restrictionTerms: patternList,
  /** Stems of restricting acts: "the decision to ban…" names the topic's act, "the decision to raise rates" another. */
  restrictionStems: patternList,
  /** Nouns of restriction ("ban", "exclusion") whose holder is a modifier or an agent after "by"/"in". */
  restrictionNouns: patternList,
  /** What a warning can be about to be a warning against the restriction ("warned that a ban would…"). */
  warnedRestrictionTerms: patternList,
  /** Acts of removing the target, as in "the deadline for removing…". */
  removalTerms: patternList,
  /** Companies that buy from the target (singular or plural): their keeping it is a purchase, not a policy. */
  operatorTerms: patternList,
  /** Plural nouns before a list of local companies ("Portugal's carriers NOS and Vodafone"). */
  operatorGroupTerms: patternList,
  /** Members an industry association speaks for ("the association of mobile operators"). */
  associationMemberTerms: patternList,
  /** Words qualifying a public body of the topic's sector ("a cyber security agency", "the telecoms regulator"). */
  sectorTerms: patternList,
  /** What is bought from a supplier ("equipment from Ericsson", "contracts with Nokia"): the supplier takes no stance. */
  supplyTerms: patternList,
  /** Trade with the target ("sell components to Huawei"): no place of the target in the policy's domain. */
  tradeTerms: patternList,
  /** Covert-use allegations ("spying"): a stance only as an allegation or a risk, not as a criminal case. */
  covertTerms: patternList,
});

export const topicDefinitionSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    description: z.string().default(''),
    /** Names of what the policy restricts (vendors, apps…); a sentence must concern one of them. */
    targets: z.array(z.string().min(1)).min(1),
    /** Words that place a sentence in the policy's domain (5G, network…). */
    domainTerms: z.array(z.string().min(1)).default([]),
    /** Phrases that stand for a target once one is named ("the company", "Chinese-made"). */
    targetReferences: z.array(z.string().min(1)).default([]),
    /** Countries whose government and companies defend the targets: their stance is opposition to restricting them. */
    targetCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
    /** Topics that mention the targets but are not this policy (sanctions, phone launches…); such sentences need a domain term. */
    offTopicTerms: z.array(z.string().min(1)).default([]),
    /** Display text for the dashboard; a topic without it gets wording built from its name. */
    display: topicDisplaySchema.optional(),
    vocabulary: topicVocabularySchema.default(() => topicVocabularySchema.parse({})),
  })
  .passthrough();

export type TopicDefinition = z.infer<typeof topicDefinitionSchema>;
export type TopicVocabulary = z.infer<typeof topicVocabularySchema>;

/** Topics created on first start; analysts can add more as data. */
export const DEFAULT_TOPICS: TopicDefinition[] = [topicDefinitionSchema.parse(huaweiZte5g)];

export function parseTopicDefinition(value: unknown): TopicDefinition {
  return topicDefinitionSchema.parse(value);
}

/** The topic's display text, or wording built from its name when the data has none. */
export function toTopicDisplay(topic: TopicDefinition): TopicDisplay {
  return (
    topic.display ??
    topicDisplaySchema.parse({
      headline: topic.name,
      summary: topic.description,
      supportMeans: `supports: ${topic.name.toLowerCase()}`,
      opposeMeans: `opposes: ${topic.name.toLowerCase()}`,
    })
  );
}
