import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listDocumentsToRelabel } from '../../lib/db/documents';
import { replaceStatements, storeDocument } from '../../lib/db/document-store';
import { ensureTopics, listActiveTopics } from '../../lib/db/topics';
import { relabelOutdatedDocuments } from '../../lib/ingest/relabel';
import { LABELER_VERSION } from '../../lib/pipeline/stance/label';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import { NearDuplicateMatcher } from '../../lib/pipeline/dedupe';
import type { ActorRef, LabeledStatement, StanceLabel } from '../../lib/domain/stance';
import type { PreparedDocument } from '../../lib/domain/documents';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

const TEXT =
  'Sweden banned Huawei from its 5G networks. Hungary said it would keep working with Huawei. Germany is still reviewing its rules.';
const actor = (key: string, name: string, country: string): ActorRef => ({ key, name, type: 'country', country, aliases: [] });
const SWEDEN = actor('country:SE', 'Sweden', 'SE');
const HUNGARY = actor('country:HU', 'Hungary', 'HU');
const GERMANY = actor('country:DE', 'Germany', 'DE');

function statement(who: ActorRef, stance: StanceLabel, sentence: string): LabeledStatement {
  const start = TEXT.indexOf(sentence);
  const evidence = {
    sentence,
    start,
    end: start + sentence.length,
    stance,
    score: stance === 'support' ? 0.9 : stance === 'oppose' ? -0.8 : 0,
  };
  return {
    actor: who,
    topicSlug: DEFAULT_TOPICS[0]!.slug,
    stance,
    score: evidence.score,
    confidence: 0.8,
    evidence,
    evidenceAll: [evidence],
    date: '2020-10-20',
    datePrecision: 'day',
  };
}

let database: TestDatabase;
let topicIds: Map<string, string>;
let documentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureTopics(database.db, DEFAULT_TOPICS);
  topicIds = new Map((await listActiveTopics(database.db)).map((topic) => [topic.definition.slug, topic.id]));
  const prepared: PreparedDocument = {
    extracted: {
      title: 'Vendors in Europe',
      text: TEXT,
      url: null,
      canonicalUrl: null,
      siteName: null,
      author: null,
      language: 'en',
      published: '2020-10-20',
      datePrecision: 'day',
      dateSource: 'text',
      mediaType: 'text/plain',
      partIndex: 0,
    },
    contentHash: 'relabel-test-hash',
    simhash: '12345',
    statements: [
      statement(SWEDEN, 'support', 'Sweden banned Huawei from its 5G networks.'),
      statement(HUNGARY, 'oppose', 'Hungary said it would keep working with Huawei.'),
      statement(GERMANY, 'support', 'Germany is still reviewing its rules.'),
    ],
  };
  const stored = await storeDocument(database.db, {
    prepared,
    sourceId: null,
    urls: ['https://example.org/a'],
    topicIds,
    labelerVersion: 'old',
    extractorVersion: 'x',
    nearDuplicates: new NearDuplicateMatcher(),
  });
  documentId = stored.documentId;
});

afterAll(async () => {
  await database?.drop();
});

describe('replaceStatements', () => {
  test('relabels a document: new labels replace old ones, reviewed statements survive, version is updated', async () => {
    expect((await listDocumentsToRelabel(database.db, 'new')).map((doc) => doc.id)).toEqual([documentId]);
    const hungary = await database.db.statement.findFirstOrThrow({ where: { documentId, countryCode: 'HU' } });
    await database.db.review.create({ data: { statementId: hungary.id, stance: 'oppose', note: 'checked' } });

    const count = await replaceStatements(
      database.db,
      documentId,
      [
        statement(SWEDEN, 'support', 'Sweden banned Huawei from its 5G networks.'),
        statement(GERMANY, 'neutral', 'Germany is still reviewing its rules.'),
      ],
      topicIds,
      'new',
    );
    expect(count).toBe(2);

    const rows = await database.db.statement.findMany({ where: { documentId }, orderBy: { countryCode: 'asc' } });
    expect(rows.map((row) => [row.countryCode, row.stance, row.labelerVersion])).toEqual([
      ['DE', 'neutral', 'new'],
      ['HU', 'oppose', 'old'],
      ['SE', 'support', 'new'],
    ]);
    expect(await listDocumentsToRelabel(database.db, 'new')).toEqual([]);
  });

  test('storing the same text again is a duplicate that only adds the new address', async () => {
    const again = await storeDocument(database.db, {
      prepared: {
        extracted: {
          title: 'Copy',
          text: TEXT,
          url: null,
          canonicalUrl: null,
          siteName: null,
          author: null,
          language: 'en',
          published: null,
          datePrecision: null,
          dateSource: null,
          mediaType: 'text/plain',
          partIndex: 0,
        },
        contentHash: 'relabel-test-hash',
        simhash: '1',
        statements: [],
      },
      sourceId: null,
      urls: ['https://mirror.example.net/a'],
      topicIds,
      labelerVersion: 'new',
      extractorVersion: 'x',
      nearDuplicates: new NearDuplicateMatcher(),
    });
    expect(again).toEqual({ status: 'duplicate', documentId, reason: 'content' });
    const urls = await database.db.documentUrl.findMany({ where: { documentId }, orderBy: { url: 'asc' } });
    expect(urls.map((row) => row.url)).toEqual(['https://example.org/a', 'https://mirror.example.net/a']);
  });
});

describe('relabelOutdatedDocuments', () => {
  test('labels documents stored by an older labeler with the current one', async () => {
    const text =
      'Norway bans Huawei from 5G core\n\nOslo, 2 June 2021. The Norwegian government said on Wednesday that it would ban Huawei equipment from the core of all 5G networks.';
    const stored = await storeDocument(database.db, {
      prepared: {
        extracted: {
          title: 'Norway bans Huawei from 5G core',
          text,
          url: null,
          canonicalUrl: null,
          siteName: null,
          author: null,
          language: 'en',
          published: '2021-06-02',
          datePrecision: 'day',
          dateSource: 'text',
          mediaType: 'text/plain',
          partIndex: 0,
        },
        contentHash: 'relabel-outdated',
        simhash: '99',
        statements: [],
      },
      sourceId: null,
      urls: ['https://example.org/no'],
      topicIds,
      labelerVersion: '0.0.1',
      extractorVersion: 'x',
      nearDuplicates: new NearDuplicateMatcher(),
    });
    const summary = await relabelOutdatedDocuments(database.db);
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBeGreaterThanOrEqual(1);
    const document = await database.db.document.findUniqueOrThrow({ where: { id: stored.documentId }, include: { statements: true } });
    expect(document.labelerVersion).toBe(LABELER_VERSION);
    expect(document.statements.map((statement) => [statement.countryCode, statement.stance])).toContainEqual(['NO', 'support']);
    expect((await relabelOutdatedDocuments(database.db)).documents).toBe(0);
  });
});
