// /stances: server-paginated statement table; filters live in the URL and the CSV link carries them.
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { Pagination } from '@/app/_components/pagination';
import { getDb } from '@/lib/db/client';
import { listStanceCountries } from '@/lib/db/positions';
import { listStances } from '@/lib/db/statements';
import { BadRequestError } from '@/lib/errors';
import { parseStanceFilters, toStanceQueryString, type StanceFilters } from '@/lib/domain/filters';
import { ACTOR_TYPE_VALUES, STANCE_VALUES } from '@/lib/domain/values';
import { StanceTable } from './stance-table';

export const metadata: Metadata = { title: 'Stances' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StancesPage({ searchParams }: Props) {
  const raw = await searchParams;
  let filters: StanceFilters;
  let problem: string | null = null;
  try {
    filters = parseStanceFilters(raw);
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    problem = error.message;
    filters = parseStanceFilters({});
  }
  const db = getDb();
  const [result, countries] = await Promise.all([problem ? null : listStances(db, filters), listStanceCountries(db)]);
  const query = toStanceQueryString(filters, { page: null, pageSize: null });
  const hasFilters = query.length > 0;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Stances</h1>
          <p className="subtle">Every statement found, newest first. Reviewed statements show the analyst’s correction.</p>
        </div>
        <a className="button button--secondary" href={`/api/stances/export${query ? `?${query}` : ''}`} download data-testid="csv-link">
          Download CSV
        </a>
      </div>

      <section className="panel">
        <form className="filters" method="get" action="/stances" role="search" aria-label="Filter statements">
          <label>
            Country
            <input name="country" defaultValue={filters.country?.join(',') ?? ''} placeholder="US, CN" list="country-codes" size={8} />
            <datalist id="country-codes">
              {countries.map((entry) => (
                <option key={entry.country} value={entry.country} />
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
          {hasFilters || problem ? <Link href="/stances">Clear</Link> : null}
        </form>
      </section>

      {problem ? (
        <div className="alert" role="alert">
          <strong>These filters could not be read.</strong> {problem}. <Link href="/stances">Show all statements</Link>.
        </div>
      ) : null}

      {result ? (
        <section className="panel">
          {result.items.length ? (
            <>
              <StanceTable items={result.items} />
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
                <Link href="/stances">Clear the filters</Link> or widen the dates.
              </p>
            </EmptyState>
          ) : (
            <EmptyState title="No statements yet">
              <p>
                Statements appear once documents are ingested and labelled. <code>npm start</code> reads the demo documents in{' '}
                <code>seeds/</code>.
              </p>
            </EmptyState>
          )}
        </section>
      ) : null}
    </>
  );
}
