// Dashboard: counts, net position per country per month, and the latest statements with evidence.
import Link from 'next/link';
import { PositionChart } from '@/app/_components/charts/position-chart';
import { EmptyState } from '@/app/_components/empty-state';
import { Stat } from '@/app/_components/stat';
import { StatementList } from '@/app/_components/statement-list';
import { getDb } from '@/lib/db/client';
import { getStanceCounts, listPositionRows, listStanceCountries } from '@/lib/db/positions';
import { listStances } from '@/lib/db/statements';
import { toChartRows, toPositionSeries } from '@/lib/pipeline/positions';
import type { Granularity } from '@/lib/domain/values';

const CHART_COUNTRIES = 6;
const LATEST = 8;

async function loadPositions(countries: string[]) {
  const db = getDb();
  if (!countries.length) return { granularity: 'month' as Granularity, series: [] };
  // Monthly is the default view; when no statement is dated finer than a year, yearly still shows a trend.
  for (const granularity of ['month', 'year'] as const) {
    const series = toPositionSeries(await listPositionRows(db, { country: countries, granularity }), countries).filter(
      (entry) => entry.points.length > 0,
    );
    if (series.length) return { granularity, series };
  }
  return { granularity: 'month' as Granularity, series: [] };
}

export default async function DashboardPage() {
  const db = getDb();
  const [counts, countries, latest] = await Promise.all([
    getStanceCounts(db),
    listStanceCountries(db),
    listStances(db, { page: 1, pageSize: LATEST }),
  ]);
  const chartCountries = countries.slice(0, CHART_COUNTRIES).map((entry) => entry.country);
  const positions = await loadPositions(chartCountries);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Who wants Huawei and ZTE out of 5G?</h1>
          <p className="subtle">
            Stances of countries, officials, companies and others on restricting the two vendors, extracted from the documents Stancewatch
            has read.
          </p>
        </div>
      </div>

      <section className="stats" aria-label="Counts">
        <Stat label="Documents" value={counts.documents} href="/documents" />
        <Stat label="Statements" value={counts.statements} href="/stances" />
        <Stat label="Actors" value={counts.actors} />
        <Stat label="Countries" value={counts.countries} />
        <Stat label="Support restriction" value={counts.byStance.support} href="/stances?stance=support" />
        <Stat label="Oppose restriction" value={counts.byStance.oppose} href="/stances?stance=oppose" />
      </section>

      <div className="grid-2">
        <section className="panel" aria-labelledby="positions-title">
          <h2 id="positions-title">Net position per country, by {positions.granularity}</h2>
          <p className="subtle panel__lead">
            Mean score of the statements of each country’s actors: +1 supports restricting the vendors, −1 opposes it.
          </p>
          {positions.series.length ? (
            <PositionChart
              rows={toChartRows(positions.series, positions.granularity)}
              countries={positions.series.map((entry) => entry.country)}
            />
          ) : (
            <EmptyState title="No dated statements yet">The chart fills in once documents with dated statements are ingested.</EmptyState>
          )}
        </section>

        <section className="panel" aria-labelledby="countries-title">
          <h2 id="countries-title">Countries</h2>
          {countries.length ? (
            <ul className="statement-list">
              {countries.slice(0, 12).map((entry) => (
                <li key={entry.country} className="split-row">
                  <Link href={`/stances?country=${entry.country}`} className="country">
                    {entry.country}
                  </Link>
                  <span className="subtle">
                    {entry.statements} statement{entry.statements === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No countries yet" />
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="latest-title">
        <div className="panel__header">
          <h2 id="latest-title">Latest statements</h2>
          {latest.total > LATEST ? <Link href="/stances">All {latest.total} statements →</Link> : null}
        </div>
        {latest.items.length ? (
          <StatementList items={latest.items} />
        ) : (
          <EmptyState title="No statements yet">
            <p>
              Stancewatch reads the demo documents in <code>seeds/</code> on start, then every source on its schedule. Start it with{' '}
              <code>npm start</code>, or put articles (HTML, PDF, DOCX, text) in the seeds folder and restart.
            </p>
            {counts.lastRunAt ? (
              <p>Last ingestion run: {counts.lastRunAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.</p>
            ) : (
              <p>No ingestion has run yet.</p>
            )}
          </EmptyState>
        )}
      </section>
    </>
  );
}
