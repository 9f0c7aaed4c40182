// /countries/[countryCode]: one country on one topic — its position and policy status, its timeline, its actors
// (government first) with their latest stance, and every statement with its evidence and document.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PositionChart } from '@/app/_components/charts/position-chart';
import { EmptyState } from '@/app/_components/empty-state';
import { Pagination } from '@/app/_components/pagination';
import { PositionBadge, StatusBadge } from '@/app/_components/position-badge';
import { StanceBadge, formatScore } from '@/app/_components/stance-badge';
import { StatementList } from '@/app/_components/statement-list';
import { toPositionLabels } from '@/app/_lib/positions';
import { loadPageTopic, topicQuery } from '@/app/_lib/topic';
import { getDb } from '@/lib/db/client';
import { listCountryActors, listCountryPositions, type CountryActor } from '@/lib/db/countries';
import { listPositionRows } from '@/lib/db/positions';
import { listStances } from '@/lib/db/statements';
import { toCountryName, toFlagEmoji } from '@/lib/domain/countries';
import { toDisplayDate } from '@/lib/domain/dates';
import { paginationSchema, positionsQuerySchema, toSearchRecord } from '@/lib/domain/filters';
import { GRANULARITY_VALUES, type ActorType } from '@/lib/domain/values';
import { toChartRows, toPosition, toPositionSeries } from '@/lib/pipeline/positions';

type Props = {
  params: Promise<{ countryCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 20;

const GROUPS: { title: string; types: ActorType[] }[] = [
  { title: 'Government', types: ['country', 'government_body', 'official'] },
  { title: 'Companies', types: ['company'] },
  { title: 'Think tanks', types: ['think_tank'] },
  { title: 'Others', types: ['organization', 'person'] },
];

function readCode(value: string): string {
  const code = decodeURIComponent(value).toUpperCase();
  if (!/^([A-Z]{2}|EU)$/.test(code)) notFound();
  return code;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params;
  return { title: toCountryName(readCode(countryCode)) };
}

function ActorGroup({ title, actors, topicSuffix }: { title: string; actors: CountryActor[]; topicSuffix: string }) {
  if (!actors.length) return null;
  return (
    <section aria-label={title} className="actor-group" data-group={title}>
      <h3>{title}</h3>
      <ul className="actor-list">
        {actors.map((actor) => (
          <li key={actor.actorId}>
            <Link href={`/actors/${actor.actorId}${topicSuffix}`}>{actor.name}</Link>
            <span className="subtle">{actor.type.replace('_', ' ')}</span>
            <StanceBadge stance={actor.latestStance} />
            <span className="subtle">
              {formatScore(actor.latestScore)} · {toDisplayDate(actor.latestDate, actor.latestPrecision) ?? 'undated'} · {actor.statements}{' '}
              statement
              {actor.statements === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function CountryPage({ params, searchParams }: Props) {
  const code = readCode((await params).countryCode);
  const raw = await searchParams;
  const db = getDb();
  const topic = await loadPageTopic(db, raw);
  const parsed = positionsQuerySchema.safeParse(toSearchRecord(raw));
  const query = parsed.success ? parsed.data : positionsQuerySchema.parse({});
  const page = paginationSchema.safeParse(raw).data?.page ?? 1;
  const [positions, actors, rows, statements] = await Promise.all([
    listCountryPositions(db, { topic: topic.slug, scope: query.scope, country: code }),
    listCountryActors(db, { topic: topic.slug, country: code }),
    listPositionRows(db, { ...query, topic: topic.slug, country: [code] }),
    listStances(db, { topic: topic.slug, country: [code], sort: 'date', page, pageSize: PAGE_SIZE }),
  ]);
  const current = positions[0];
  const position = toPosition(current?.score ?? null, current?.statements ?? 0);
  const labels = toPositionLabels(topic.display, query.scope);
  const series = toPositionSeries(rows, [code]).filter((entry) => entry.points.length);
  const suffix = topicQuery(topic.slug);
  const base = { ...(suffix ? { topic: topic.slug } : {}) };
  const hrefWith = (extra: Record<string, string>) => {
    const search = new URLSearchParams({ ...base, ...extra }).toString();
    return `/countries/${code}${search ? `?${search}` : ''}`;
  };
  const name = toCountryName(code);

  return (
    <>
      <p>
        <Link href={`/${suffix}`}>← Overview</Link>
      </p>
      <div className="page-header">
        <div>
          <h1 data-testid="country-title">
            <span aria-hidden="true">{toFlagEmoji(code)}</span> {name} <span className="country-code">{code}</span>
          </h1>
          <p className="subtle">{topic.display.headline}</p>
        </div>
        <nav className="segmented" aria-label="Whose statements make the position">
          <Link href={hrefWith({})} aria-current={query.scope === 'government' ? 'true' : undefined}>
            Government actors
          </Link>
          <Link href={hrefWith({ scope: 'all' })} aria-current={query.scope === 'all' ? 'true' : undefined}>
            All actors
          </Link>
        </nav>
      </div>

      <section className="panel country-summary" aria-label="Current position" data-testid="country-position">
        <div>
          <div className="stat__label">Current position</div>
          <PositionBadge position={position} label={labels[position]} />
          {current ? (
            <span className="subtle">
              {' '}
              weighted score {formatScore(current.score)} from {current.statements} statement{current.statements === 1 ? '' : 's'}
              {current.latestDate ? `, latest ${toDisplayDate(current.latestDate, current.latestPrecision ?? 'day')}` : ''}
            </span>
          ) : null}
        </div>
        <div>
          <div className="stat__label">Policy status</div>
          <StatusBadge status={current?.status ?? 'unknown'} />
        </div>
        <p className="subtle">
          Support: {topic.display.supportMeans}. Oppose: {topic.display.opposeMeans}.
        </p>
      </section>

      <div className="grid-2">
        <section className="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline, by {query.granularity}</h2>
          {series.length ? (
            <PositionChart rows={toChartRows(series, query.granularity)} series={[{ key: code, label: name }]} height={280} />
          ) : (
            <EmptyState
              title={`No dated statements by ${query.scope === 'government' ? 'the government' : 'any actor'} at this granularity`}
            >
              <p>
                Try <Link href={hrefWith({ granularity: 'year', ...(query.scope === 'all' ? { scope: 'all' } : {}) })}>yearly</Link>
                {query.scope === 'government' ? (
                  <>
                    {' '}
                    or <Link href={hrefWith({ scope: 'all' })}>all actors</Link>
                  </>
                ) : null}
                .
              </p>
            </EmptyState>
          )}
          <nav className="segmented segmented--small" aria-label="Period">
            {GRANULARITY_VALUES.map((value) => (
              <Link
                key={value}
                href={hrefWith({
                  ...(query.scope === 'all' ? { scope: 'all' } : {}),
                  ...(value === 'month' ? {} : { granularity: value }),
                })}
                aria-current={query.granularity === value ? 'true' : undefined}
              >
                {value}
              </Link>
            ))}
          </nav>
        </section>

        <section className="panel" aria-labelledby="actors-title">
          <h2 id="actors-title">Who spoke ({actors.length})</h2>
          {actors.length ? (
            GROUPS.map((group) => (
              <ActorGroup
                key={group.title}
                title={group.title}
                actors={actors.filter((actor) => group.types.includes(actor.type))}
                topicSuffix={suffix}
              />
            ))
          ) : (
            <EmptyState title="No actor of this country has spoken on this topic yet" />
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="statements-title">
        <div className="panel__header">
          <h2 id="statements-title">Statements ({statements.total})</h2>
          <Link href={`/stances?country=${code}${topicQuery(topic.slug, '&')}`}>Open in the table →</Link>
        </div>
        {statements.items.length ? (
          <>
            <StatementList items={statements.items} showCountry={false} />
            <Pagination
              page={statements.page}
              pageSize={statements.pageSize}
              total={statements.total}
              hrefFor={(next) => hrefWith({ page: String(Math.max(1, next)) })}
            />
          </>
        ) : (
          <EmptyState title={`No statements about ${name} yet`}>
            <p>
              Statements appear as documents that mention {name}’s actors are read. <Link href="/sources/new">Add a source</Link> that
              covers it, or see <Link href={`/${suffix}`}>the overview</Link> for countries with statements.
            </p>
          </EmptyState>
        )}
      </section>
    </>
  );
}
