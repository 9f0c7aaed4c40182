// Reviews, actor corrections, country positions and alerts against a real PostgreSQL (factory data through the
// real write path), plus the webhook against a real local HTTP server and the Atom route.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getAlertFeed } from '../../app/api/v1/alerts.atom/route';
import { GET as exportStances } from '../../app/api/stances/export/route';
import { evaluateAlerts } from '../../lib/alerts/evaluate';
import { syncGazetteerActors, updateActorDetails, listActorEdits } from '../../lib/db/actors';
import { createFeedToken, listAlerts, markAlertsRead, countUnreadAlerts } from '../../lib/db/alerts';
import { listCountryActors, listCountryPositions } from '../../lib/db/countries';
import { createStatementReview, listRejectedStatements, listReviewHistory } from '../../lib/db/reviews';
import { listStances, streamStances } from '../../lib/db/statements';
import { parseStanceFilters } from '../../lib/domain/filters';
import { resetEnvCache } from '../../lib/runtime/env';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createDocument, createStanceFixtures, type StanceFixtures } from '../helpers/factories';

let database: TestDatabase;
let fixtures: StanceFixtures;
const TOPIC = 'huawei-zte-5g';
const filters = (query: string) => parseStanceFilters(new URLSearchParams(query));
const saved = { url: process.env.DATABASE_URL, privateFeed: process.env.ALERTS_FEED_PRIVATE };

function setEnv(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  resetEnvCache();
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixtures = await createStanceFixtures(database.db);
  setEnv('DATABASE_URL', database.url);
});

afterAll(async () => {
  setEnv('DATABASE_URL', saved.url);
  setEnv('ALERTS_FEED_PRIVATE', saved.privateFeed);
  await database?.drop();
});

describe('createStatementReview', () => {
  test('a change records before and after, wins over the label everywhere, and shows in the CSV', async () => {
    const db = database.db;
    await createStatementReview(db, {
      statementId: fixtures.statements.cnMay,
      reviewerId: null,
      action: 'change',
      stance: 'support',
      note: 'misread',
    });
    const row = (await listStances(db, filters('country=CN'))).items.find((item) => item.id === fixtures.statements.cnMay)!;
    expect(row).toMatchObject({ stance: 'support', score: 0.7, reviewed: true, reviewedBy: 'api-token' });
    expect(row.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const history = (await listReviewHistory(db, [fixtures.statements.cnMay])).get(fixtures.statements.cnMay)!;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'change',
      note: 'misread',
      before: { stance: 'oppose', score: -0.7 },
      after: { stance: 'support', score: 0.7 },
    });
    const stored = await db.review.findFirstOrThrow({ where: { statementId: fixtures.statements.cnMay } });
    expect(stored).toMatchObject({ stance: 'support', score: 0.7, countryCode: 'CN', confirmed: false, rejected: false });
    expect(stored.actorId).toBeTruthy();

    const response = await exportStances(new Request('http://127.0.0.1/api/stances/export?reviewed=reviewed'));
    const records = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((record) => record['Statement ID'])).toEqual([fixtures.statements.cnMay]);
    expect(records[0]).toMatchObject({ reviewed: 'true', reviewed_by: 'api-token', Stance: 'support' });
    expect(records[0]!.reviewed_at).toBe(row.reviewedAt);
  });

  test('moving a statement to another actor moves it to that actor’s country; reject hides it and restore brings it back', async () => {
    const db = database.db;
    const ukActor = (await listStances(db, filters('country=GB'))).items[0]!.actorId;
    await createStatementReview(db, { statementId: fixtures.statements.deUndated, reviewerId: null, action: 'change', actorId: ukActor });
    expect((await listStances(db, filters('country=GB'))).items.map((item) => item.id)).toContain(fixtures.statements.deUndated);
    expect((await listStances(db, filters('country=DE'))).total).toBe(0);

    await createStatementReview(db, { statementId: fixtures.statements.deUndated, reviewerId: null, action: 'reject' });
    expect((await listStances(db, filters('country=GB'))).items.map((item) => item.id)).not.toContain(fixtures.statements.deUndated);
    const rejected = await listRejectedStatements(db, fixtures.documents.undated);
    expect(rejected.map((item) => item.id)).toEqual([fixtures.statements.deUndated]);

    await createStatementReview(db, { statementId: fixtures.statements.deUndated, reviewerId: null, action: 'restore' });
    expect((await listStances(db, filters('country=GB'))).items.map((item) => item.id)).toContain(fixtures.statements.deUndated);
    const history = (await listReviewHistory(db, [fixtures.statements.deUndated])).get(fixtures.statements.deUndated)!;
    expect(history.map((entry) => entry.action)).toEqual(['restore', 'reject', 'change']);
  });

  test('unreviewed and minimum-confidence filters, and a sorted export in the table’s order', async () => {
    const db = database.db;
    const unreviewed = await listStances(db, filters('reviewed=unreviewed&pageSize=200'));
    expect(unreviewed.items.every((item) => !item.reviewed)).toBe(true);
    expect((await listStances(db, filters('minConfidence=0.9'))).total).toBe(0);
    const page = await listStances(db, filters('sort=score&dir=asc&pageSize=200'));
    const scores = page.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const streamed = [];
    for await (const item of streamStances(db, { ...filters('sort=score&dir=asc'), topic: TOPIC }, 2)) streamed.push(item.id);
    expect(streamed).toEqual(page.items.map((item) => item.id));
    const byActor = await listStances(db, filters('sort=actor&pageSize=200'));
    const names = byActor.items.map((item) => item.actor.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await listStances(db, filters('topic=no-such-topic'))).total).toBe(0);
  });
});

describe('country positions and actors', () => {
  test('government actors by default, all actors on request; actors come with their latest stance', async () => {
    const db = database.db;
    const government = await listCountryPositions(db, { topic: TOPIC, scope: 'government', country: 'CN' });
    const all = await listCountryPositions(db, { topic: TOPIC, scope: 'all', country: 'CN' });
    expect(government[0]!.statements).toBe(2);
    expect(all[0]!.statements).toBe(3);
    const actors = await listCountryActors(db, { topic: TOPIC, country: 'CN' });
    expect(actors.map((actor) => [actor.name, actor.type, actor.statements]).sort()).toEqual([
      ['Huawei', 'company', 1],
      ['Ministry of Foreign Affairs of China', 'government_body', 2],
    ]);
  });

  test('an analyst’s actor correction moves its statements and survives gazetteer syncs', async () => {
    const db = database.db;
    const german = await createDocument(db, {
      title: 'Bonn regulator speaks',
      published: '2021-03-02',
      paragraphs: ['The Federal Network Agency said Huawei gear must be certified before use in German 5G networks.'],
      statements: [
        {
          actor: { key: 'org:test-bnetza', name: 'Federal Network Agency', type: 'government_body', country: 'AT' },
          stance: 'support',
          score: 0.5,
          sentence: 'The Federal Network Agency said Huawei gear must be certified before use in German 5G networks.',
        },
      ],
    });
    const actorId = (await db.statement.findFirstOrThrow({ where: { id: german.statementIds[0] } })).actorId;
    await updateActorDetails(db, actorId, { countryCode: 'DE', type: 'government_body' }, { userId: null, note: 'BNetzA is German' });
    expect((await listStances(db, filters('country=DE'))).items.map((item) => item.id)).toContain(german.statementIds[0]);
    expect((await listStances(db, filters('country=AT'))).total).toBe(0);
    await db.actor.update({ where: { id: actorId }, data: { curated: true } });
    await syncGazetteerActors(db, [
      { key: 'org:test-bnetza', name: 'Federal Network Agency', type: 'organization', country: 'AT', aliases: [] },
    ]);
    expect(await db.actor.findUniqueOrThrow({ where: { id: actorId } })).toMatchObject({ countryCode: 'DE', type: 'government_body' });
    expect(await listActorEdits(db, actorId)).toEqual([
      expect.objectContaining({
        editor: 'api-token',
        before: { countryCode: 'AT', type: 'government_body' },
        after: { countryCode: 'DE', type: 'government_body' },
      }),
    ]);
  });
});

describe('evaluateAlerts', () => {
  let server: Server;
  let baseUrl: string;
  const received: { body: string; signature: string | undefined; timestamp: string | undefined }[] = [];
  let failuresLeft = 1;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          response.writeHead(503).end();
          return;
        }
        received.push({
          body,
          signature: request.headers['x-stancewatch-signature'] as string | undefined,
          timestamp: request.headers['x-stancewatch-timestamp'] as string | undefined,
        });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  test('records first positions and flips once per topic × subject × month, with evidence for both sides', async () => {
    const db = database.db;
    const first = await evaluateAlerts(db, { webhook: null });
    expect(first.created).toBeGreaterThan(0);
    expect((await evaluateAlerts(db, { webhook: null })).created).toBe(0);
    const gb = (await listAlerts(db, { topic: TOPIC })).filter((alert) => alert.countryCode === 'GB' && alert.subjectType === 'country');
    expect(gb.map((alert) => [alert.kind, alert.period, alert.position])).toEqual([['new', '2020-07', 'support']]);

    const flip = await createDocument(db, {
      title: 'London changes its mind again',
      published: '2021-06-10',
      paragraphs: ['The National Cyber Security Centre said Huawei could stay in the UK 5G network after all, and rejected a ban.'],
      statements: [
        {
          actor: { name: 'National Cyber Security Centre', type: 'government_body', country: 'GB' },
          stance: 'oppose',
          score: -0.8,
          sentence: 'The National Cyber Security Centre said Huawei could stay in the UK 5G network after all, and rejected a ban.',
        },
      ],
    });
    const secret = 'a-webhook-secret-of-length';
    const result = await evaluateAlerts(db, { webhook: { url: `${baseUrl}/hook`, secret, backoffMs: 10 } });
    expect(result.created).toBeGreaterThanOrEqual(1);
    expect(result).toMatchObject({ failed: 0 });
    const alerts = await listAlerts(db, { topic: TOPIC });
    const gbFlip = alerts.find((alert) => alert.countryCode === 'GB' && alert.period === '2021-06' && alert.subjectType === 'country')!;
    expect(gbFlip).toMatchObject({ kind: 'flip', previousPeriod: '2020-07', previousPosition: 'support', position: 'oppose' });
    expect(gbFlip.evidenceAfter.map((item) => item.id)).toEqual([flip.statementIds[0]]);
    expect(gbFlip.evidenceBefore.map((item) => item.id)).toEqual([fixtures.statements.ukJuly]);

    // The webhook got every new alert, signed; the first attempt's 503 was retried.
    const bodies = received.map((entry) => JSON.parse(entry.body) as { id: string; country: string; kind: string });
    expect(bodies.some((body) => body.id === gbFlip.id && body.kind === 'flip' && body.country === 'GB')).toBe(true);
    for (const entry of received) {
      const expected = `sha256=${createHmac('sha256', secret).update(`${entry.timestamp}.${entry.body}`).digest('hex')}`;
      expect(entry.signature).toBe(expected);
    }
    const stored = await db.alert.findUniqueOrThrow({ where: { id: gbFlip.id } });
    expect(stored.webhookStatus).toBe('delivered');
  });

  test('unread state and the Atom feed, public or behind a per-user token', async () => {
    const db = database.db;
    const unread = await countUnreadAlerts(db, TOPIC);
    expect(unread).toBeGreaterThan(0);
    const response = await getAlertFeed(new Request('http://127.0.0.1/api/v1/alerts.atom'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('United Kingdom flipped: supports restriction → opposes restriction (2020-07 → 2021-06)');
    expect(xml.match(/<entry>/g)).toHaveLength(unread);

    setEnv('ALERTS_FEED_PRIVATE', '1');
    expect((await getAlertFeed(new Request('http://127.0.0.1/api/v1/alerts.atom'))).status).toBe(401);
    expect((await getAlertFeed(new Request('http://127.0.0.1/api/v1/alerts.atom?token=guess'))).status).toBe(401);
    const token = await createFeedToken(db, null, 'test reader');
    expect((await getAlertFeed(new Request(`http://127.0.0.1/api/v1/alerts.atom?token=${token}`))).status).toBe(200);
    setEnv('ALERTS_FEED_PRIVATE', undefined);

    expect(await markAlertsRead(db, TOPIC)).toBe(unread);
    expect(await countUnreadAlerts(db, TOPIC)).toBe(0);
    expect((await getAlertFeed(new Request('http://127.0.0.1/api/v1/alerts.atom?topic=nope'))).status).toBe(404);
  });
});
