// The dashboard in a real Chromium against `next start` and a real database (seeds + factory data): the map,
// country, actor and document pages, the table (filters, sorting, CSV), reviews and alerts, as an analyst uses them.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bootstrapDatabase } from '../../lib/db/bootstrap';
import type { Db } from '../../lib/db/client';
import { runIngestPass } from '../../lib/ingest/run';
import { evaluateAlerts } from '../../lib/alerts/evaluate';
import { PROJECT_ROOT } from '../../lib/runtime/paths';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createStanceFixtures, type StanceFixtures } from '../helpers/factories';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let database: TestDatabase;
let db: Db;
let server: AppServer;
let browser: Browser;
let page: Page;
let fixtures: StanceFixtures | undefined;
let seedsSourceId: string;
const pageErrors: string[] = [];
const API_TOKEN = 'e2e-api-token-0123456789';
const savedToken = process.env.API_TOKEN;

async function screenshot(name: string) {
  await page.screenshot({ path: `/tmp/stancewatch-e2e-${name}.png`, fullPage: true });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const boot = await bootstrapDatabase(database.url);
  db = boot.db;
  seedsSourceId = boot.seedsSourceId;
  process.env.API_TOKEN = API_TOKEN;
  server = await startAppServer({ databaseUrl: database.url });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterAll(async () => {
  if (savedToken === undefined) delete process.env.API_TOKEN;
  else process.env.API_TOKEN = savedToken;
  await browser?.close();
  await server?.stop();
  await db?.$disconnect();
  await database?.drop();
});

describe('dashboard', () => {
  test('before any ingestion, every page tells a new user what to do', async () => {
    await page.goto(`${server.baseUrl}/`);
    expect(await page.locator('.empty').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('npm start')]));
    expect(await page.locator('svg.recharts-surface').count()).toBe(0);
    await screenshot('dashboard-empty');
    await page.goto(`${server.baseUrl}/stances`);
    expect(await page.locator('.empty').innerText()).toContain('No statements yet');
    await page.goto(`${server.baseUrl}/stances?from=2020-99`);
    expect(await page.locator('.alert').innerText()).toContain('from: expected a date');
    const health = await (await fetch(`${server.baseUrl}/api/health`)).json();
    expect(health).toEqual({ ok: true, database: true, worker: { lastRunAt: null } });
  });

  test("shows the chart and the seeds' statements for the US and China with their evidence", async () => {
    const seeded = await runIngestPass(db, { trigger: 'test', sourceIds: [seedsSourceId] });
    expect(seeded.created).toBeGreaterThan(0);
    await evaluateAlerts(db, { webhook: null });
    await page.goto(`${server.baseUrl}/`);
    await page.locator('[data-testid="position-chart"] svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="position-chart"] .recharts-line').count()).toBeGreaterThan(0);
    await screenshot('dashboard');
    // The latest list may be dominated by one country; the country links lead to every statement.
    for (const country of ['US', 'CN']) {
      await page.goto(`${server.baseUrl}/stances?country=${country}`);
      const rows = page.locator('table.data-table tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      const evidence = (await rows.first().locator('td[data-column="evidence"]').innerText()).trim();
      expect(evidence.length).toBeGreaterThan(20);
      expect(new Set(await countryCodes())).toEqual(new Set([country]));
    }
    await page.goto(`${server.baseUrl}/`);
    const latest = page.locator('[data-testid="statement-list"] li');
    expect(await latest.count()).toBeGreaterThan(0);
    for (const item of await latest.all()) expect((await item.locator('blockquote.evidence').innerText()).trim()).not.toBe('');
  });

  test('latest statements include US and China once factory data is added', async () => {
    fixtures = await createStanceFixtures(db);
    await page.goto(`${server.baseUrl}/`);
    await page.locator('[data-testid="position-chart"] svg.recharts-surface').first().waitFor();
    const countries = await page
      .locator('[data-testid="statement-list"] li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-country')));
    expect(countries).toContain('US');
    expect(countries).toContain('CN');
    const legend = await page.locator('.recharts-legend-item-text').allInnerTexts();
    expect(legend).toEqual(expect.arrayContaining(['United States', 'China']));
    await screenshot('dashboard-with-fixtures');
  });
});

const countryCodes = () =>
  page
    .locator('td[data-column="country"]')
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector('[data-country]')?.getAttribute('data-country') ?? ''));

describe('overview → map → country → statement → document', () => {
  test('the map colours countries, shows a tooltip on hover and focus, and opens a country on click or Enter', async () => {
    await page.goto(`${server.baseUrl}/`);
    const map = page.locator('[data-testid="world-map"]');
    expect(await map.locator('a[data-country]').count()).toBeGreaterThan(150);
    expect(await map.locator('a[data-country="US"]').getAttribute('data-position')).toBe('support');
    expect(await map.locator('a[data-country="CN"]').getAttribute('data-position')).toBe('oppose');
    // Features without an ISO id in Natural Earth still get a country.
    expect(await map.locator('a[data-country="XK"]').count()).toBe(1);
    expect(await page.locator('.map-legend').innerText()).toMatch(
      /Supports restriction[\s\S]*Opposes restriction[\s\S]*Mixed or undecided/,
    );

    await map.locator('a[data-country="CN"]').hover();
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toMatch(/China[\s\S]*Opposes restriction[\s\S]*\d+ statements? · latest \d{4}/);

    // Keyboard: countries with statements are in the tab order and Enter opens them.
    await map.locator('a[data-country="US"]').focus();
    expect(await tooltip.innerText()).toContain('United States');
    await Promise.all([page.waitForURL(/\/countries\/US/), page.keyboard.press('Enter')]);
    expect(await page.locator('[data-testid="country-title"]').innerText()).toContain('United States');

    await page.goto(`${server.baseUrl}/`);
    await Promise.all([page.waitForURL(/\/countries\/GB/), map.locator('a[data-country="GB"]').click()]);
    expect(await page.locator('[data-testid="country-title"]').innerText()).toContain('United Kingdom');
    expect(await page.locator('[data-testid="country-position"] [data-position]').getAttribute('data-position')).toBe('support');
    expect(await page.locator('[data-testid="country-position"] [data-status]').count()).toBe(1);
    const groups = await page
      .locator('.actor-group')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-group')));
    expect(groups[0]).toBe('Government');
    await screenshot('country-gb');

    const statement = page.locator('[data-testid="statement-list"] li', { hasText: 'National Cyber Security Centre advised' });
    const evidence = (await statement.locator('mark').innerText()).trim();
    await Promise.all([page.waitForURL(/\/documents\//), statement.locator('[data-testid="statement-document-link"]').click()]);
    expect(page.url()).toContain(`/documents/${fixtures!.documents.july}`);
    await page.locator('[data-testid="document-text"] mark').first().waitFor();
    expect(await page.locator('[data-testid="document-text"] mark').allInnerTexts()).toContain(evidence);
  });

  test('the chart shows points where there are statements and breaks its lines across empty periods', async () => {
    await page.goto(`${server.baseUrl}/?country=GB&granularity=month`);
    await page.locator('[data-testid="position-chart"] svg.recharts-surface').first().waitFor();
    const dots = await page
      .locator('[data-testid="position-chart"] .recharts-line-dot, [data-testid="position-chart"] .recharts-dot')
      .count();
    const monthsWithStatements = (await (await fetch(`${server.baseUrl}/api/v1/positions?country=GB&granularity=month`)).json()) as {
      series: { points: unknown[] }[];
    };
    expect(dots).toBe(monthsWithStatements.series[0]!.points.length);
    // GB's months with statements are far apart: each is a point of its own, no line segment joins them.
    const curves = await page
      .locator('[data-testid="position-chart"] .recharts-line-curve')
      .evaluateAll((paths) => paths.map((element) => element.getAttribute('d') ?? ''));
    for (const d of curves) expect(d).not.toMatch(/L/);
  });
});

describe('stances table', () => {
  test('filters by country through the form, and the URL keeps the filter', async () => {
    await page.goto(`${server.baseUrl}/stances`);
    await page.fill('input[name="country"]', 'gb');
    await Promise.all([page.waitForURL(/country=gb/i), page.click('button[type="submit"]')]);
    const countries = await countryCodes();
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries)).toEqual(new Set(['GB']));
    expect(await page.locator('td[data-column="country"]').first().innerText()).toContain('United Kingdom');
    const api = (await (await fetch(`${server.baseUrl}/api/v1/stances?country=GB`)).json()) as { total: number };
    expect(countries).toHaveLength(api.total);
    expect(await page.inputValue('input[name="country"]')).toBe('GB');
    await screenshot('stances-gb');
  });

  test('minimum confidence and review state are filters in the URL too', async () => {
    await page.goto(`${server.baseUrl}/stances`);
    await page.fill('input[name="minConfidence"]', '0.85');
    await page.selectOption('select[name="reviewed"]', 'unreviewed');
    await Promise.all([page.waitForURL(/minConfidence=0.85/), page.click('button[type="submit"]')]);
    expect(page.url()).toContain('reviewed=unreviewed');
    const confidences = (await page.locator('td[data-column="confidence"]').allInnerTexts()).map(Number);
    expect(confidences.length).toBeGreaterThan(0);
    expect(confidences.every((value) => value >= 0.85)).toBe(true);
    const api = (await (await fetch(`${server.baseUrl}/api/v1/stances?minConfidence=0.85&reviewed=unreviewed`)).json()) as {
      total: number;
    };
    expect(confidences).toHaveLength(api.total);
  });

  test('clicking a column header sorts by it, and again reverses the order', async () => {
    await page.goto(`${server.baseUrl}/stances?pageSize=200`);
    await Promise.all([page.waitForURL(/sort=score/), page.click('th[data-column="score"] a')]);
    const scores = async () => (await page.locator('td[data-column="score"]').allInnerTexts()).map((text) => Number(text.replace('+', '')));
    const descending = await scores();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-column="score"]', 'aria-sort')).toBe('descending');
    await Promise.all([page.waitForURL(/dir=asc/), page.click('th[data-column="score"] a')]);
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(page.url()).toContain('pageSize=200');
  });

  test('the CSV download holds exactly the filtered rows, in the table’s order', async () => {
    await page.goto(`${server.baseUrl}/stances?country=CN,US&sort=actor&pageSize=200`);
    const href = await page.getAttribute('[data-testid="csv-link"]', 'href');
    expect(href).toBe('/api/stances/export?country=CN%2CUS&sort=actor');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="csv-link"]')]);
    const records = parse(await readFile((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const rows = await page.locator('table.data-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        actor: tr.querySelector('[data-column="actor"] a')?.textContent ?? '',
        country: tr.querySelector('[data-column="country"] [data-country]')?.getAttribute('data-country') ?? '',
        date: tr.querySelector('[data-column="date"]')?.textContent ?? '',
        evidence: tr.querySelector('[data-column="evidence"]')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(
      records.map((record) => ({
        actor: record.Actor,
        country: record.Country,
        date: record.Date || 'undated',
        evidence: record.Evidence,
      })),
    ).toEqual(rows);
  });

  test('pages through results server-side', async () => {
    await page.goto(`${server.baseUrl}/stances?pageSize=2`);
    expect(await page.locator('table.data-table tbody tr').count()).toBe(2);
    const first = await page.locator('td[data-column="evidence"]').first().innerText();
    await Promise.all([page.waitForURL(/page=2/), page.click('text=Next →')]);
    expect(await page.locator('td[data-column="evidence"]').first().innerText()).not.toBe(first);
    expect(page.url()).toContain('pageSize=2');
  });
});

describe('document page', () => {
  test('every table row links to its document, which highlights the evidence at its offsets', async () => {
    await page.goto(`${server.baseUrl}/stances?q=naked%20political`);
    await Promise.all([page.waitForURL(/\/documents\//), page.click('td[data-column="document"] a')]);
    expect(page.url()).toContain(`/documents/${fixtures!.documents.may}`);
    const marks = await page.locator('[data-testid="document-text"] mark').allInnerTexts();
    expect(marks).toEqual([
      'The State Department said on Friday that trusted networks cannot include Huawei or ZTE equipment, and urged partners to strip the vendors from their 5G cores.',
      'A foreign ministry spokesperson said the campaign against Huawei was "naked political manipulation" that would hurt global 5G roll-out.',
    ]);
    expect(await page.locator('[data-testid="document-statements"] li').count()).toBe(2);
    await expect(page.locator('text=precision: day').count()).resolves.toBeGreaterThan(0);
    await screenshot('document');
  });

  test('ingested markup in titles and text is shown as text and never runs', async () => {
    await page.goto(`${server.baseUrl}/documents/${fixtures!.documents.hostile}`);
    expect(await page.locator('[data-testid="document-title"]').innerText()).toBe(
      '<script>window.__xss = 1</script> Huawei <b>ban</b> explained',
    );
    expect(await page.locator('[data-testid="document-title"] b, [data-testid="document-text"] img, main script').count()).toBe(0);
    expect(await page.locator('[data-testid="document-text"]').innerText()).toContain('<img src=x onerror="window.__xss=2">');
    await page.goto(`${server.baseUrl}/stances?q=europe`);
    expect(await page.locator('td[data-column="document"]').first().innerText()).toContain('<script>');
    await page.goto(`${server.baseUrl}/documents`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await screenshot('hostile');
  });

  test('unknown documents get the not-found page', async () => {
    const response = await page.goto(`${server.baseUrl}/documents/00000000-0000-4000-8000-000000000000`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Document not found');
  });
});

describe('reviews', () => {
  test('a review without the token is refused with a readable message', async () => {
    await page.goto(`${server.baseUrl}/documents/${fixtures!.documents.undated}`);
    const item = page.locator(`[data-statement="${fixtures!.statements.deUndated}"]`);
    await item.locator('summary').click();
    await item.locator('input[value="reject"]').check();
    await item.locator('input[name="apiToken"]').fill('');
    await item.locator('button[type="submit"]').click();
    await item.locator('.form-error').waitFor();
    expect(await item.locator('.form-error').innerText()).toMatch(/Sign in \(or send the API token\)/);
  });

  test('a changed stance shows on the overview, the country page and in the CSV, with its history', async () => {
    await page.goto(`${server.baseUrl}/`);
    expect(await page.locator('[data-testid="world-map"] a[data-country="DE"]').getAttribute('data-position')).toBe('mixed');

    await page.goto(`${server.baseUrl}/documents/${fixtures!.documents.undated}`);
    const item = page.locator(`[data-statement="${fixtures!.statements.deUndated}"]`);
    await item.locator('summary').click();
    await item.locator('input[value="change"]').check();
    await item.locator('select[name="stance"]').selectOption('support');
    await item.locator('textarea[name="note"]').fill('The minister announced exclusion in the same speech.');
    await item.locator('input[name="apiToken"]').fill(API_TOKEN);
    await item.locator('button[type="submit"]').click();
    await item.locator('.form-ok').waitFor();
    await page.reload();
    const history = page.locator(`[data-statement="${fixtures!.statements.deUndated}"] [data-testid="review-history"]`);
    expect(await history.innerText()).toMatch(/api-token changed stance neutral → support[\s\S]*exclusion in the same speech/);

    await page.goto(`${server.baseUrl}/`);
    expect(await page.locator('[data-testid="world-map"] a[data-country="DE"]').getAttribute('data-position')).toBe('support');
    await page.goto(`${server.baseUrl}/countries/DE`);
    expect(await page.locator('[data-testid="country-position"] [data-position]').getAttribute('data-position')).toBe('support');
    expect(await page.locator('[data-testid="statement-list"] .reviewed-mark').count()).toBe(1);

    const response = await fetch(`${server.baseUrl}/api/stances/export?country=DE`);
    const records = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toEqual([expect.objectContaining({ Stance: 'support', reviewed: 'true', reviewed_by: 'api-token' })]);
    expect(records[0]!.reviewed_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.goto(`${server.baseUrl}/stances?reviewed=reviewed`);
    expect(await countryCodes()).toEqual(['DE']);
  });

  test('an actor’s country is corrected on its page and its statements follow', async () => {
    const actorId = (await db.statement.findUniqueOrThrow({ where: { id: fixtures!.statements.analyst } })).actorId;
    await page.goto(`${server.baseUrl}/actors/${actorId}`);
    const form = page.locator('[data-testid="actor-form"]');
    await form.locator('input[name="country"]').fill('fr');
    await form.locator('input[name="apiToken"]').fill(API_TOKEN);
    await form.locator('button[type="submit"]').click();
    await form.locator('.form-ok').waitFor();
    await page.reload();
    expect(await page.locator('[data-testid="actor-edits"]').innerText()).toMatch(/country none → FR/);
    await screenshot('actor');
    const api = (await (await fetch(`${server.baseUrl}/api/v1/stances?country=FR`)).json()) as { items: { id: string }[] };
    expect(api.items.map((item) => item.id)).toContain(fixtures!.statements.analyst);
  });
});

describe('alerts', () => {
  test('ingesting a document that flips a country records an alert, shown on the overview, the alerts page and the feed', async () => {
    const before = (await (await fetch(`${server.baseUrl}/api/v1/alerts.atom`)).text()).match(/<entry>/g)?.length ?? 0;
    const folder = await mkdtemp(path.join(os.tmpdir(), 'sw-flip-'));
    await writeFile(
      path.join(folder, 'australia-reverses.txt'),
      [
        'Australia lifts its Huawei ban',
        '',
        "CANBERRA, 14 June 2021 — The Australian government said on Monday that it would allow Huawei to supply equipment for the country's 5G networks again, reversing its 2018 exclusion of the Chinese vendor.",
        '',
        'The Prime Minister said the ban on Huawei had been a mistake and that Australian operators should be free to buy Huawei gear for their 5G networks.',
      ].join('\n'),
    );
    // The real CLI process: ingest, then evaluate alerts, as the worker does after every run.
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'jobs/ingest-once.ts'), '--source', folder], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn', PIPELINE_WORKERS: '0' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { created: number; alerts: number };
    expect(summary).toMatchObject({ created: 1 });
    expect(summary.alerts).toBeGreaterThanOrEqual(1);

    await page.goto(`${server.baseUrl}/`);
    const change = page.locator('[data-testid="recent-changes"] li.change[data-country="AU"][data-kind="flip"]');
    await change.waitFor();
    expect(await change.innerText()).toMatch(/Australia flipped: supports restriction → opposes restriction \(2021-04 → 2021-06\)/);
    expect(await change.locator('blockquote').count()).toBe(2);
    expect(await change.locator('.change__title .unread-dot').count()).toBe(1);
    await screenshot('overview-after-flip');

    await page.goto(`${server.baseUrl}/alerts`);
    expect(await page.locator('[data-testid="recent-changes"] li.change[data-country="AU"][data-kind="flip"]').count()).toBe(1);
    const feed = await (await fetch(`${server.baseUrl}/api/v1/alerts.atom`)).text();
    expect(feed.match(/<entry>/g)?.length ?? 0).toBeGreaterThan(before);
    expect(feed).toContain('Australia flipped');

    await page.locator('input[name="apiToken"]').first().fill(API_TOKEN);
    await page.click('text=Mark all read');
    await page.locator('.form-ok').first().waitFor();
    await page.reload();
    expect(await page.locator('.change--unread').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
