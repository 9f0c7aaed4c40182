// Test data through the real write path: hand-made PreparedDocuments with LabeledStatements → storeDocument.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../lib/db/client';
import { storeDocument } from '../../lib/db/document-store';
import { NearDuplicateMatcher } from '../../lib/pipeline/dedupe';
import { ensureTopics, listActiveTopics } from '../../lib/db/topics';
import type { PreparedDocument } from '../../lib/domain/documents';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import type { ActorRef, ActorType, LabeledStatement, StanceLabel } from '../../lib/domain/stance';

export type StatementSpec = {
  actor: { key?: string; name: string; type: ActorType; country: string | null };
  stance: StanceLabel;
  score: number;
  confidence?: number;
  /** Must occur in the document text verbatim; its offsets are looked up. */
  sentence: string;
  date?: string | null;
  datePrecision?: 'day' | 'month' | 'year' | null;
};

export type DocumentSpec = {
  title: string;
  paragraphs: string[];
  published?: string | null;
  datePrecision?: 'day' | 'month' | 'year' | null;
  url?: string | null;
  siteName?: string | null;
  statements?: StatementSpec[];
};

export type CreatedDocument = { documentId: string; statementIds: string[] };

let topicIdsCache: WeakMap<Db, Map<string, string>> = new WeakMap();

/** Default topics stored, returned as slug → id (what storeDocument needs). */
export async function ensureTestTopics(db: Db): Promise<Map<string, string>> {
  const cached = topicIdsCache.get(db);
  if (cached) return cached;
  await ensureTopics(db, DEFAULT_TOPICS);
  const topicIds = new Map((await listActiveTopics(db)).map((topic) => [topic.definition.slug, topic.id]));
  topicIdsCache.set(db, topicIds);
  return topicIds;
}

export function resetFactoryCache(): void {
  topicIdsCache = new WeakMap();
}

function toActorRef(actor: StatementSpec['actor']): ActorRef {
  const key = actor.key ?? `test:${actor.type}:${actor.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return { key, name: actor.name, type: actor.type, country: actor.country, aliases: [] };
}

export function toLabeledStatement(text: string, spec: StatementSpec, topicSlug: string): LabeledStatement {
  const start = text.indexOf(spec.sentence);
  if (start < 0) throw new Error(`evidence sentence not in the text: ${spec.sentence}`);
  const evidence = { sentence: spec.sentence, start, end: start + spec.sentence.length, stance: spec.stance, score: spec.score };
  return {
    actor: toActorRef(spec.actor),
    topicSlug,
    stance: spec.stance,
    score: spec.score,
    confidence: spec.confidence ?? 0.8,
    evidence,
    evidenceAll: [evidence],
    date: spec.date ?? null,
    datePrecision: spec.datePrecision ?? (spec.date ? 'day' : null),
  };
}

export async function createDocument(db: Db, spec: DocumentSpec): Promise<CreatedDocument> {
  const topicIds = await ensureTestTopics(db);
  const topicSlug = DEFAULT_TOPICS[0]!.slug;
  const text = spec.paragraphs.join('\n\n');
  const prepared: PreparedDocument = {
    extracted: {
      title: spec.title,
      text,
      url: spec.url ?? null,
      canonicalUrl: spec.url ?? null,
      siteName: spec.siteName ?? null,
      author: null,
      language: 'en',
      published: spec.published ?? null,
      datePrecision: spec.datePrecision ?? (spec.published ? 'day' : null),
      dateSource: spec.published ? 'meta' : null,
      mediaType: 'text/html',
      partIndex: 0,
    },
    contentHash: randomBytes(32).toString('hex'),
    simhash: BigInt.asIntN(64, randomBytes(8).readBigUInt64BE()).toString(),
    statements: (spec.statements ?? []).map((statement) => toLabeledStatement(text, statement, topicSlug)),
  };
  const outcome = await storeDocument(db, {
    prepared,
    sourceId: null,
    urls: spec.url ? [spec.url] : [],
    topicIds,
    labelerVersion: 'test-1',
    extractorVersion: 'test-1',
    nearDuplicates: new NearDuplicateMatcher(),
  });
  if (outcome.status !== 'created') throw new Error(`factory document was a duplicate: ${spec.title}`);
  const stored = await db.statement.findMany({
    where: { documentId: outcome.documentId },
    select: { id: true, actor: { select: { key: true } } },
  });
  const idByKey = new Map(stored.map((row) => [row.actor.key, row.id]));
  const statementIds = prepared.statements.map((statement) => idByKey.get(statement.actor.key)!);
  return { documentId: outcome.documentId, statementIds };
}

/** Reviews have no write path yet (the review UI is a later issue), so tests insert them directly. */
export async function createReview(
  db: Db,
  statementId: string,
  review: { stance?: StanceLabel; score?: number; countryCode?: string; rejected?: boolean; createdAt?: Date },
) {
  return db.review.create({ data: { statementId, ...review } });
}

const US_GOV = { name: 'United States Department of State', type: 'government_body', country: 'US' } as const;
const CN_MFA = { name: 'Ministry of Foreign Affairs of China', type: 'government_body', country: 'CN' } as const;
const UK_NCSC = { name: 'National Cyber Security Centre', type: 'government_body', country: 'GB' } as const;
const HUAWEI = { name: 'Huawei', type: 'company', country: 'CN' } as const;
const DE_MINISTER = { name: 'German Interior Minister', type: 'official', country: 'DE' } as const;
const ANALYST = { name: '=HYPERLINK("http://attacker.test","click")', type: 'person', country: null } as const;

/**
 * A small, messy newsroom: several countries and months, an undated document, a statement dated apart
 * from its document, year precision, a hostile title and a formula-looking actor name.
 * Returns ids by name so tests can review or look up specific statements.
 */
export async function createStanceFixtures(db: Db) {
  const may = await createDocument(db, {
    title: 'Washington presses allies on 5G vendors',
    url: 'https://news.example.org/2020/05/15/5g-vendors',
    siteName: 'Example News',
    published: '2020-05-15',
    paragraphs: [
      'WASHINGTON (Reuters-style wire) — Updated 15 May 2020, 09:14 ET',
      'The State Department said on Friday that trusted networks cannot include Huawei or ZTE equipment, and urged partners to strip the vendors from their 5G cores.',
      'Beijing hit back within hours. A foreign ministry spokesperson said the campaign against Huawei was "naked political manipulation" that would hurt global 5G roll-out.',
      'Share this article · Advertisement · Related: chip export rules',
    ],
    statements: [
      {
        actor: US_GOV,
        stance: 'support',
        score: 0.8,
        sentence:
          'The State Department said on Friday that trusted networks cannot include Huawei or ZTE equipment, and urged partners to strip the vendors from their 5G cores.',
      },
      {
        actor: CN_MFA,
        stance: 'oppose',
        score: -0.7,
        sentence:
          'A foreign ministry spokesperson said the campaign against Huawei was "naked political manipulation" that would hurt global 5G roll-out.',
      },
    ],
  });
  const july = await createDocument(db, {
    title: 'UK reverses course: Huawei kit to be removed by 2027',
    url: 'https://tech.example.co.uk/huawei-uk-july',
    published: '2020-07',
    datePrecision: 'month',
    paragraphs: [
      'LONDON — The National Cyber Security Centre advised ministers that Huawei equipment should be phased out of the UK 5G network after new US sanctions.',
      'Huawei said the decision was "bad news for anyone in the UK with a mobile phone" and asked the government to reconsider.',
    ],
    statements: [
      {
        actor: UK_NCSC,
        stance: 'support',
        score: 0.6,
        sentence:
          'The National Cyber Security Centre advised ministers that Huawei equipment should be phased out of the UK 5G network after new US sanctions.',
      },
      {
        actor: HUAWEI,
        stance: 'oppose',
        score: -0.9,
        sentence:
          'Huawei said the decision was "bad news for anyone in the UK with a mobile phone" and asked the government to reconsider.',
      },
    ],
  });
  const undated = await createDocument(db, {
    title: 'Berlin weighs its options',
    paragraphs: [
      'Germany has not yet decided. The German Interior Minister said no vendor would be excluded in advance, but all suppliers would face the same security checks.',
    ],
    statements: [
      {
        actor: DE_MINISTER,
        stance: 'neutral',
        score: 0,
        sentence:
          'The German Interior Minister said no vendor would be excluded in advance, but all suppliers would face the same security checks.',
      },
    ],
  });
  const retrospective = await createDocument(db, {
    title: 'A year of 5G decisions, in review',
    published: '2021-01-10',
    paragraphs: [
      'Looking back: in November 2019 the State Department again warned that allies using Huawei in 5G risked intelligence sharing.',
      'By 2020 the Chinese foreign ministry was calling the restrictions discriminatory against Chinese firms such as Huawei and ZTE.',
    ],
    statements: [
      {
        actor: US_GOV,
        stance: 'support',
        score: 1,
        sentence:
          'Looking back: in November 2019 the State Department again warned that allies using Huawei in 5G risked intelligence sharing.',
        date: '2019-11',
        datePrecision: 'month',
      },
      {
        actor: CN_MFA,
        stance: 'oppose',
        score: -0.5,
        sentence:
          'By 2020 the Chinese foreign ministry was calling the restrictions discriminatory against Chinese firms such as Huawei and ZTE.',
        date: '2020',
        datePrecision: 'year',
      },
    ],
  });
  const hostile = await createDocument(db, {
    title: '<script>window.__xss = 1</script> Huawei <b>ban</b> explained',
    url: 'https://blog.example.net/ban-explained',
    published: '2020-05-20',
    paragraphs: [
      'Guest post <img src=x onerror="window.__xss=2"> by a telecom analyst.',
      '-1 vendors is what Europe needs: Huawei must go from every 5G radio network, argued the analyst.',
    ],
    statements: [
      {
        actor: ANALYST,
        stance: 'support',
        score: 0.7,
        sentence: '-1 vendors is what Europe needs: Huawei must go from every 5G radio network, argued the analyst.',
      },
    ],
  });
  return {
    documents: {
      may: may.documentId,
      july: july.documentId,
      undated: undated.documentId,
      retrospective: retrospective.documentId,
      hostile: hostile.documentId,
    },
    statements: {
      usMay: may.statementIds[0]!,
      cnMay: may.statementIds[1]!,
      ukJuly: july.statementIds[0]!,
      huaweiJuly: july.statementIds[1]!,
      deUndated: undated.statementIds[0]!,
      usNov2019: retrospective.statementIds[0]!,
      cn2020: retrospective.statementIds[1]!,
      analyst: hostile.statementIds[0]!,
    },
  };
}

export type StanceFixtures = Awaited<ReturnType<typeof createStanceFixtures>>;
