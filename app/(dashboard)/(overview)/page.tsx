// Overview: where each country stands (map), how positions moved (chart of selected countries), what changed
// recently (alerts with evidence for both sides), counts and the last ingestion run, and the latest statements.
import Link from 'next/link';
import { PositionChart } from '@/app/_components/charts/position-chart';
import { CountryLabel } from '@/app/_components/country-label';
import { EmptyState } from '@/app/_components/empty-state';
import { WorldMap, type MapCountry } from '@/app/_components/map/world-map';
import { PositionBadge } from '@/app/_components/position-badge';
import { RecentChanges } from '@/app/_components/recent-changes';
import { Stat } from '@/app/_components/stat';
import { StatementList } from '@/app/_components/statement-list';
import { toPositionLabels } from '@/app/_lib/positions';
import { loadPageTopic, topicQuery } from '@/app/_lib/topic';
import { countUnreadAlerts, listAlerts } from '@/lib/db/alerts';
import { getDb } from '@/lib/db/client';
import { listCountryPositions } from '@/lib/db/countries';
import { getStanceCounts, listPositionRows } from '@/lib/db/positions';
import { listStances } from '@/lib/db/statements';
import { toCountryName } from '@/lib/domain/countries';
import { toDisplayDate } from '@/lib/domain/dates';
import { positionsQuerySchema, toSearchRecord } from '@/lib/domain/filters';
import { DEFAULT_TOPIC_SLUG, GRANULARITY_VALUES, type Granularity } from '@/lib/domain/values';
import { toChartRows, toPosition, toPositionSeries } from '@/lib/pipeline/positions';

const CHART_COUNTRIES = 6;
// The list beside the map is narrow: the legend under the map says what each short label means.
const SHORT_LABELS = { support: 'Supports', oppose: 'Opposes', mixed: 'Mixed', none: 'None' } as const;
const CHOOSABLE_COUNTRIES = 16;
const LATEST = 6;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  const raw = await searchParams;
  const db = getDb();
  const topic = await loadPageTopic(db, raw);
  const parsed = positionsQuerySchema.safeParse(toSearchRecord(raw));
  const query = parsed.success ? parsed.data : positionsQuerySchema.parse({ topic: topic.slug });
  const scope = query.scope;
  const [counts, positions, alerts, unread, latest] = await Promise.all([
    getStanceCounts(db, topic.slug),
    listCountryPositions(db, { topic: topic.slug, scope }),
    listAlerts(db, { topic: topic.slug, limit: 5 }),
    countUnreadAlerts(db, topic.slug),
    listStances(db, { topic: topic.slug, sort: 'date', page: 1, pageSize: LATEST }),
  ]);
  const labels = toPositionLabels(topic.display, scope);
  const mapCountries: Record<string, MapCountry> = Object.fromEntries(
    positions.map((row) => [
      row.country,
      {
        position: toPosition(row.score, row.statements),
        statements: row.statements,
        latest: toDisplayDate(row.latestDate, row.latestPrecision ?? 'day'),
        status: row.status,
      },
    ]),
  );
  const chartCountries = query.country?.length ? query.country : positions.slice(0, CHART_COUNTRIES).map((row) => row.country);
  // Monthly is the default view; when no statement is dated finer than a year, yearly still shows a trend.
  const granularities: Granularity[] = parsed.success && raw.granularity ? [query.granularity] : [query.granularity, 'year'];
  let granularity = granularities[0]!;
  let series = toPositionSeries([], chartCountries);
  for (const candidate of granularities) {
    if (!chartCountries.length) break;
    const rows = await listPositionRows(db, { ...query, topic: topic.slug, country: chartCountries, granularity: candidate });
    series = toPositionSeries(rows, chartCountries).filter((entry) => entry.points.length > 0);
    granularity = candidate;
    if (series.length) break;
  }
  const choosable = [...new Set([...positions.slice(0, CHOOSABLE_COUNTRIES).map((row) => row.country), ...chartCountries])];
  const suffix = topicQuery(topic.slug);
  const scopeHref = (value: 'government' | 'all') =>
    `/?${new URLSearchParams({ ...(topic.slug !== DEFAULT_TOPIC_SLUG ? { topic: topic.slug } : {}), ...(value === 'all' ? { scope: 'all' } : {}) })}`;
  const countryHref = (code: string) =>
    `/countries/${code}?${new URLSearchParams({ topic: topic.slug, ...(scope === 'all' ? { scope } : {}) })}`;
  const lastRun = counts.lastRun;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{topic.display.headline}</h1>
          <p className="subtle">{topic.display.summary}</p>
        </div>
        {topic.choices.length > 1 ? (
          <form method="get" action="/" className="inline-form">
            <label>
              Topic{' '}
              <select name="topic" defaultValue={topic.slug}>
                {topic.choices.map((choice) => (
                  <option key={choice.slug} value={choice.slug}>
                    {choice.name}
                  </option>
                ))}
              </select>
            </label>
            <button className="button button--secondary" type="submit">
              Show
            </button>
          </form>
        ) : null}
      </div>

      <section className="stats" aria-label="Counts">
        <Stat label="Documents" value={counts.documents} href="/documents" />
        <Stat label="Statements" value={counts.statements} href={`/stances${suffix}`} />
        <Stat label="Countries" value={counts.countries} />
        <Stat label="Actors" value={counts.actors} />
        <Stat label="Reviewed" value={counts.reviewed} href={`/stances?reviewed=reviewed${topicQuery(topic.slug, '&')}`} />
        <div className="stat" data-testid="last-run">
          <div className="stat__value stat__value--small">
            {lastRun ? `${lastRun.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never'}
          </div>
          <div className="stat__label">
            Last ingestion run{lastRun ? ` · ${lastRun.status}, ${lastRun.created} new, ${lastRun.failed} failed` : ''}
          </div>
        </div>
      </section>

      <section className="panel" aria-labelledby="map-title">
        <div className="panel__header">
          <h2 id="map-title">Where each country stands</h2>
          <nav className="segmented" aria-label="Whose statements make a country's position">
            <Link href={scopeHref('government')} aria-current={scope === 'government' ? 'true' : undefined}>
              Government actors
            </Link>
            <Link href={scopeHref('all')} aria-current={scope === 'all' ? 'true' : undefined}>
              All actors
            </Link>
          </nav>
        </div>
        <p className="subtle panel__lead">
          Support: {topic.display.supportMeans}. Oppose: {topic.display.opposeMeans}. Each country’s statements
          {scope === 'government' ? ' by its government (the country, government bodies, officials)' : ' by all its actors'} are weighted by
          the labeler’s confidence and by recency (half weight after 180 days); analysts’ reviews replace machine labels.
        </p>
        {counts.statements ? (
          <div className="map-layout">
            <WorldMap countries={mapCountries} hrefFor={countryHref} labels={labels} title={`World map: ${topic.display.headline}`} />
            <ol className="country-positions" aria-label="Countries by number of statements" data-testid="country-positions">
              {positions.slice(0, 14).map((row) => (
                <li key={row.country}>
                  <CountryLabel code={row.country} href={countryHref(row.country)} showCode={false} />
                  <PositionBadge position={mapCountries[row.country]!.position} label={SHORT_LABELS[mapCountries[row.country]!.position]} />
                  <span className="subtle">{row.statements}</span>
                </li>
              ))}
            </ol>
          </div>
        ) : (
          <EmptyState title="No statements yet">
            <p>
              The map fills in as documents are read. <Link href="/sources/new">Add a source or upload documents</Link>, or start
              Stancewatch with <code>npm start</code> to read the demo documents in <code>seeds/</code>.
            </p>
            <p>
              {lastRun
                ? `Last ingestion run: ${lastRun.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`
                : 'No ingestion has run yet.'}
            </p>
          </EmptyState>
        )}
      </section>

      <div className="grid-2">
        <section className="panel" aria-labelledby="positions-title">
          <h2 id="positions-title">Positions over time, by {granularity}</h2>
          <p className="subtle panel__lead">
            Weighted score of each country’s statements per {granularity}: +1 {topic.display.supportMeans}, −1 {topic.display.opposeMeans}.
            A point is a {granularity} with statements; lines break where a {granularity} has none.
          </p>
          {series.length ? (
            <PositionChart
              rows={toChartRows(series, granularity)}
              series={series.map((entry) => ({ key: entry.country, label: toCountryName(entry.country) }))}
            />
          ) : (
            <EmptyState title="No dated statements for these countries yet">
              The chart fills in once documents with dated statements are ingested. Choose other countries below.
            </EmptyState>
          )}
          {choosable.length ? (
            <form method="get" action="/" className="chart-controls" aria-label="Chart options">
              {topic.slug !== DEFAULT_TOPIC_SLUG ? <input type="hidden" name="topic" value={topic.slug} /> : null}
              {scope === 'all' ? <input type="hidden" name="scope" value="all" /> : null}
              <fieldset>
                <legend>Countries</legend>
                {choosable.map((code) => (
                  <label key={code} className="check">
                    <input type="checkbox" name="country" value={code} defaultChecked={chartCountries.includes(code)} />{' '}
                    {toCountryName(code)}
                  </label>
                ))}
              </fieldset>
              <label>
                Period{' '}
                <select name="granularity" defaultValue={granularity}>
                  {GRANULARITY_VALUES.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </label>
              <button className="button button--secondary" type="submit">
                Update chart
              </button>
            </form>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="changes-title">
          <div className="panel__header">
            <h2 id="changes-title">Recent changes</h2>
            <Link href={`/alerts${suffix}`}>{unread ? `${unread} unread · all alerts →` : 'All alerts →'}</Link>
          </div>
          {alerts.length ? (
            <RecentChanges alerts={alerts} topicSuffix={suffix} />
          ) : (
            <EmptyState title="No position changes recorded yet">
              <p>
                After each ingestion run, a country or tracked actor that takes a position, or changes it from one month to the next,
                appears here.
              </p>
            </EmptyState>
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="latest-title">
        <div className="panel__header">
          <h2 id="latest-title">Latest statements</h2>
          {latest.total > LATEST ? <Link href={`/stances${suffix}`}>All {latest.total} statements →</Link> : null}
        </div>
        {latest.items.length ? (
          <StatementList items={latest.items} />
        ) : (
          <EmptyState title="No statements yet">
            <p>
              Stancewatch reads the demo documents in <code>seeds/</code> on start (<code>npm start</code>), then every source on its
              schedule. <Link href="/sources/new">Add a source</Link> to read your own.
            </p>
          </EmptyState>
        )}
      </section>
    </>
  );
}
