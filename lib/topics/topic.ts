// A tracked policy as data. The labeler reads only this, so a new topic needs no code change.
import { z } from 'zod';
import huaweiZte5g from './huawei-zte-5g.json';

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
  })
  .passthrough();

export type TopicDefinition = z.infer<typeof topicDefinitionSchema>;

/** Topics created on first start; analysts can add more as data. */
export const DEFAULT_TOPICS: TopicDefinition[] = [topicDefinitionSchema.parse(huaweiZte5g)];

export function parseTopicDefinition(value: unknown): TopicDefinition {
  return topicDefinitionSchema.parse(value);
}
