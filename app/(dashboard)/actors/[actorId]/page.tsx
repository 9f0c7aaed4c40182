// /actors/[actorId]: one actor on one topic — who it is (country and type, correctable by an analyst, with the
// history of corrections), its timeline, and its statements with evidence.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PositionChart } from '@/app/_components/charts/position-chart';
import { CountryLabel } from '@/app/_components/country-label';
import { EmptyState } from '@/app/_components/empty-state';
import { Pagination } from '@/app/_components/pagination';
import { StatementList } from '@/app/_components/statement-list';
import { loadPageTopic, topicQuery } from '@/app/_lib/topic';
import { getActor, listActorEdits, listActorPositionRows, type ActorDetail } from '@/lib/db/actors';
import { getDb } from '@/lib/db/client';
import { listStances } from '@/lib/db/statements';
import { NotFoundError } from '@/lib/errors';
import { paginationSchema } from '@/lib/domain/filters';
import { GRANULARITY_VALUES, type Granularity } from '@/lib/domain/values';
import { toChartRows, toPositionSeries } from '@/lib/pipeline/positions';
import { ActorForm } from './actor-form';

type Props = { params: Promise<{ actorId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 20;

async function loadActor(actorId: string): Promise<ActorDetail> {
  try {
    return await getActor(getDb(), actorId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadActor((await params).actorId)).name };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const actor = await loadActor((await params).actorId);
  const raw = await searchParams;
  const db = getDb();
  const topic = await loadPageTopic(db, raw);
  const granularity: Granularity = GRANULARITY_VALUES.find((value) => value === raw.granularity) ?? 'month';
  const page = paginationSchema.safeParse(raw).data?.page ?? 1;
  const [rows, statements, edits] = await Promise.all([
    listActorPositionRows(db, actor.id, { topic: topic.slug, granularity }),
    listStances(db, { topic: topic.slug, actor: actor.id, sort: 'date', page, pageSize: PAGE_SIZE }),
    listActorEdits(db, actor.id),
  ]);
  const series = toPositionSeries(rows, [actor.id]).filter((entry) => entry.points.length);
  const suffix = topicQuery(topic.slug);
  const hrefWith = (extra: Record<string, string>) => {
    const search = new URLSearchParams({ ...(suffix ? { topic: topic.slug } : {}), ...extra }).toString();
    return `/actors/${actor.id}${search ? `?${search}` : ''}`;
  };

  return (
    <>
      <p>
        {actor.countryCode ? (
          <Link href={`/countries/${actor.countryCode}${suffix}`}>← {actor.countryCode}</Link>
        ) : (
          <Link href={`/${suffix}`}>← Overview</Link>
        )}
      </p>
      <div className="page-header">
        <div>
          <h1 data-testid="actor-title">{actor.name}</h1>
          <p className="subtle">
            {actor.type.replace('_', ' ')} ·{' '}
            <CountryLabel code={actor.countryCode} href={actor.countryCode ? `/countries/${actor.countryCode}${suffix}` : undefined} /> ·{' '}
            {actor.curated ? 'from the gazetteer' : 'found in text'}
            {actor.editedAt ? ' · corrected by an analyst' : ''}
          </p>
        </div>
      </div>

      <div className="grid-2">
        <section className="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline, by {granularity}</h2>
          {series.length ? (
            <PositionChart rows={toChartRows(series, granularity)} series={[{ key: actor.id, label: actor.name }]} height={260} />
          ) : (
            <EmptyState title="No dated statements at this granularity">
              <p>
                Try <Link href={hrefWith({ granularity: 'year' })}>yearly</Link>.
              </p>
            </EmptyState>
          )}
          <nav className="segmented segmented--small" aria-label="Period">
            {GRANULARITY_VALUES.map((value) => (
              <Link
                key={value}
                href={hrefWith(value === 'month' ? {} : { granularity: value })}
                aria-current={granularity === value ? 'true' : undefined}
              >
                {value}
              </Link>
            ))}
          </nav>
        </section>
        <section className="panel" aria-labelledby="edit-title">
          <h2 id="edit-title">Country and type</h2>
          <p className="subtle panel__lead">
            Correct them if the labeler got them wrong: the actor’s statements then count for the corrected country.
          </p>
          <ActorForm actorId={actor.id} countryCode={actor.countryCode} type={actor.type} />
          {edits.length ? (
            <ol className="review-history" aria-label="Corrections" data-testid="actor-edits">
              {edits.map((edit) => (
                <li key={edit.id}>
                  {edit.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · <strong>{edit.editor}</strong> changed country{' '}
                  {edit.before.countryCode ?? 'none'} → {edit.after.countryCode ?? 'none'}, type {edit.before.type} → {edit.after.type}
                  {edit.note ? <q className="review-note">{edit.note}</q> : null}
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      </div>

      <section className="panel" aria-labelledby="statements-title">
        <h2 id="statements-title">Statements ({statements.total})</h2>
        {statements.items.length ? (
          <>
            <StatementList items={statements.items} />
            <Pagination
              page={statements.page}
              pageSize={statements.pageSize}
              total={statements.total}
              hrefFor={(next) => hrefWith({ page: String(Math.max(1, next)) })}
            />
          </>
        ) : (
          <EmptyState title="No statements by this actor on this topic yet" />
        )}
      </section>
    </>
  );
}
