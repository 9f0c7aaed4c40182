// /stances: server-paginated, server-sorted statement table of one topic; filters and sorting live in the URL
// and the CSV link carries them, so the file holds exactly the rows the table shows, in the same order.
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { Pagination } from '@/app/_components/pagination';
import { loadPageTopic } from '@/app/_lib/topic';
import { getDb } from '@/lib/db/client';
import { listStanceCountries } from '@/lib/db/positions';
import { listStances } from '@/lib/db/statements';
import { toCountryName } from '@/lib/domain/countries';
import { BadRequestError } from '@/lib/errors';
import { parseStanceFilters, toDefaultDirection, toStanceQueryString, type StanceFilters } from '@/lib/domain/filters';
import { ACTOR_TYPE_VALUES, DEFAULT_TOPIC_SLUG, STANCE_SORT_VALUES, STANCE_VALUES, type StanceSort } from '@/lib/domain/values';
import { StanceTable } from './stance-table';

export const metadata: Metadata = { title: 'Stances' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type SortLink = { href: string; sort: 'ascending' | 'descending' | 'none' };

function toSortLinks(filters: StanceFilters): Record<string, SortLink> {
  const currentDir = filters.dir ?? toDefaultDirection(filters.sort);
  return Object.fromEntries(
    STANCE_SORT_VALUES.map((sort: StanceSort): [string, SortLink] => {
      const active = filters.sort === sort;
      const dir = active ? (currentDir === 'asc' ? 'desc' : 'asc') : toDefaultDirection(sort);
      const query = toStanceQueryString({ ...filters, sort, dir: dir === toDefaultDirection(sort) ? undefined : dir }, { page: null });
      return [
        sort,
        { href: `/stances${query ? `?${query}` : ''}`, sort: active ? (currentDir === 'asc' ? 'ascending' : 'descending') : 'none' },
      ];
    }),
  );
}

export default async function StancesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const db = getDb();
  const topic = await loadPageTopic(db, raw);
  let filters: StanceFilters;
  let problem: string | null = null;
  try {
    filters = parseStanceFilters(raw);
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    problem = error.message;
    filters = parseStanceFilters({ topic: topic.slug });
  }
  const [result, countries] = await Promise.all([problem ? null : listStances(db, filters), listStanceCountries(db, topic.slug)]);
  const query = toStanceQueryString(filters, { page: null, pageSize: null });
  const filterQuery = toStanceQueryString({ ...filters, sort: 'date', dir: undefined }, { page: null, pageSize: null });
  const hasFilters = filterQuery.replace(/(^|&)topic=[^&]*/, '').length > 0;
  const clearHref = `/stances${topic.slug === DEFAULT_TOPIC_SLUG ? '' : `?topic=${topic.slug}`}`;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Stances</h1>
          <p className="subtle">
            Every statement on “{topic.name}”, newest first unless you sort by another column. Reviewed statements show the analyst’s
            correction.
          </p>
        </div>
        <a className="button button--secondary" href={`/api/stances/export${query ? `?${query}` : ''}`} download data-testid="csv-link">
          Download CSV
        </a>
      </div>

      <section className="panel">
        <form className="filters" method="get" action="/stances" role="search" aria-label="Filter statements">
          {filters.sort !== 'date' ? <input type="hidden" name="sort" value={filters.sort} /> : null}
          {filters.dir ? <input type="hidden" name="dir" value={filters.dir} /> : null}
          {topic.choices.length > 1 ? (
            <label>
              Topic
              <select name="topic" defaultValue={topic.slug}>
                {topic.choices.map((choice) => (
                  <option key={choice.slug} value={choice.slug}>
                    {choice.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <input type="hidden" name="topic" value={topic.slug} />
          )}
          <label>
            Country
            <input name="country" defaultValue={filters.country?.join(',') ?? ''} placeholder="US, CN" list="country-codes" size={8} />
            <datalist id="country-codes">
              {countries.map((entry) => (
                <option key={entry.country} value={entry.country}>
                  {toCountryName(entry.country)}
                </option>
              ))}
            </datalist>
          </label>
          <label>
            Actor
            <input name="actor" defaultValue={filters.actor ?? ''} placeholder="name" />
          </label>
          <label>
            Actor type
            <select name="actorType" defaultValue={filters.actorType?.[0] ?? ''}>
              <option value="">Any</option>
              {ACTOR_TYPE_VALUES.map((type) => (
                <option key={type} value={type}>
                  {type.replace('_', ' ')}
                </option>
              ))}
            </select>
          </label>
          <label>
            Stance
            <select name="stance" defaultValue={filters.stance?.[0] ?? ''}>
              <option value="">Any</option>
              {STANCE_VALUES.map((stance) => (
                <option key={stance} value={stance}>
                  {stance}
                </option>
              ))}
            </select>
          </label>
          <label>
            Review
            <select name="reviewed" defaultValue={filters.reviewed ?? ''}>
              <option value="">Any</option>
              <option value="reviewed">Reviewed</option>
              <option value="unreviewed">Not reviewed</option>
            </select>
          </label>
          <label>
            Min. confidence
            <input
              name="minConfidence"
              type="number"
              min={0}
              max={1}
              step={0.05}
              defaultValue={filters.minConfidence ?? ''}
              placeholder="0–1"
            />
          </label>
          <label>
            From
            <input name="from" defaultValue={filters.from ?? ''} placeholder="YYYY-MM" size={10} />
          </label>
          <label>
            To
            <input name="to" defaultValue={filters.to ?? ''} placeholder="YYYY-MM" size={10} />
          </label>
          <label>
            Search
            <input name="q" type="search" defaultValue={filters.q ?? ''} placeholder="words in evidence or title" />
          </label>
          <button className="button" type="submit">
            Apply
          </button>
          {hasFilters || problem ? <Link href={clearHref}>Clear</Link> : null}
        </form>
      </section>

      {problem ? (
        <div className="alert" role="alert">
          <strong>These filters could not be read.</strong> {problem}. <Link href={clearHref}>Show all statements</Link>.
        </div>
      ) : null}

      {result ? (
        <section className="panel">
          {result.items.length ? (
            <>
              <StanceTable items={result.items} sortLinks={toSortLinks(filters)} />
              <Pagination
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                hrefFor={(page) => `/stances?${toStanceQueryString(filters, { page: Math.max(1, page) })}`}
              />
            </>
          ) : hasFilters || result.page > 1 ? (
            <EmptyState title="No statement matches these filters">
              <p>
                <Link href={clearHref}>Clear the filters</Link> or widen the dates.
              </p>
            </EmptyState>
          ) : (
            <EmptyState title="No statements yet">
              <p>
                Statements appear once documents are ingested and labelled. <code>npm start</code> reads the demo documents in{' '}
                <code>seeds/</code>; <Link href="/sources/new">add a source</Link> to read your own.
              </p>
            </EmptyState>
          )}
        </section>
      ) : null}
    </>
  );
}
