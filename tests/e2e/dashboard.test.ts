// The dashboard in a real Chromium against `next start` and a real database (seeds + factory data).
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bootstrapDatabase } from '../../lib/db/bootstrap';
import type { Db } from '../../lib/db/client';
import { runIngestPass } from '../../lib/ingest/run';
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

async function screenshot(name: string) {
  await page.screenshot({ path: `/tmp/stancewatch-e2e-${name}.png`, fullPage: true });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const boot = await bootstrapDatabase(database.url);
  db = boot.db;
  seedsSourceId = boot.seedsSourceId;
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
      const countries = await page.locator('td[data-column="country"]').allInnerTexts();
      expect(new Set(countries.map((text) => text.trim()))).toEqual(new Set([country]));
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
    expect(legend).toEqual(expect.arrayContaining(['US', 'CN']));
    await screenshot('dashboard-with-fixtures');
  });
});

describe('stances table', () => {
  test('filters by country through the form, and the URL keeps the filter', async () => {
    await page.goto(`${server.baseUrl}/stances`);
    await page.fill('input[name="country"]', 'gb');
    await Promise.all([page.waitForURL(/country=gb/i), page.click('button[type="submit"]')]);
    const countries = await page.locator('td[data-column="country"]').allInnerTexts();
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries.map((text) => text.trim()))).toEqual(new Set(['GB']));
    const api = (await (await fetch(`${server.baseUrl}/api/v1/stances?country=GB`)).json()) as { total: number };
    expect(countries).toHaveLength(api.total);
    expect(await page.inputValue('input[name="country"]')).toBe('GB');
    await screenshot('stances-gb');
  });

  test('the CSV download has the rows the table shows, in the same order', async () => {
    await page.goto(`${server.baseUrl}/stances?country=CN,US`);
    const href = await page.getAttribute('[data-testid="csv-link"]', 'href');
    expect(href).toBe('/api/stances/export?country=CN%2CUS');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="csv-link"]')]);
    const records = parse(await readFile((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const rows = await page.locator('table.data-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        actor: tr.querySelector('[data-column="actor"]')?.textContent ?? '',
        country: tr.querySelector('[data-column="country"]')?.textContent ?? '',
        date: tr.querySelector('[data-column="date"]')?.textContent ?? '',
        evidence: tr.querySelector('[data-column="evidence"]')?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(
      records.slice(0, rows.length).map((record) => ({
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
