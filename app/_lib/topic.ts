// The topic a page is scoped to (?topic=, default huawei-zte-5g) with its display text from the topic's data.
import { notFound } from 'next/navigation';
import type { Db } from '@/lib/db/client';
import { findTopic, listTopicChoices } from '@/lib/db/topics';
import { DEFAULT_TOPIC_SLUG } from '@/lib/domain/values';
import { toTopicDisplay, type TopicDisplay } from '@/lib/topics/topic';

export type PageTopic = { slug: string; name: string; display: TopicDisplay; choices: { slug: string; name: string }[] };

type Raw = Record<string, string | string[] | undefined>;

/** The topic slug asked for in the URL (lower-cased), else the default. */
export function readTopicSlug(raw: Raw): string {
  const value = Array.isArray(raw.topic) ? raw.topic[0] : raw.topic;
  return value && /^[a-z0-9-]{1,80}$/i.test(value.trim()) ? value.trim().toLowerCase() : DEFAULT_TOPIC_SLUG;
}

/** The page's topic; an unknown slug is a 404 (a bookmarked topic that was removed, or a typo). */
export async function loadPageTopic(db: Db, raw: Raw): Promise<PageTopic> {
  const [topic, choices] = await Promise.all([findTopic(db, readTopicSlug(raw)), listTopicChoices(db)]);
  if (!topic) notFound();
  return { slug: topic.slug, name: topic.name, display: toTopicDisplay(topic.definition), choices };
}

/** "?topic=…" for links, empty for the default topic so URLs stay short. */
export function topicQuery(slug: string, prefix: '?' | '&' = '?'): string {
  return slug === DEFAULT_TOPIC_SLUG ? '' : `${prefix}topic=${encodeURIComponent(slug)}`;
}
