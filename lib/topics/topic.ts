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
  })
  .passthrough();

export type TopicDefinition = z.infer<typeof topicDefinitionSchema>;

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
