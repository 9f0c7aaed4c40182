// /documents: every stored document, newest first, server-paginated.
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { Pagination } from '@/app/_components/pagination';
import { getDb } from '@/lib/db/client';
import { listDocuments } from '@/lib/db/documents';
import { paginationSchema } from '@/lib/domain/filters';
import { DocumentsTable } from './documents-table';

export const metadata: Metadata = { title: 'Documents' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const parsed = paginationSchema.safeParse(await searchParams);
  const pagination = parsed.success ? parsed.data : { page: 1, pageSize: 50 };
  const result = await listDocuments(getDb(), pagination);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Documents</h1>
          <p className="subtle">Articles, statements and reports Stancewatch has read. Open one to see its evidence highlighted.</p>
        </div>
      </div>
      <section className="panel">
        {result.items.length ? (
          <>
            <DocumentsTable items={result.items} />
            <Pagination
              page={result.page}
              pageSize={result.pageSize}
              total={result.total}
              hrefFor={(page) => `/documents?page=${Math.max(1, page)}${result.pageSize !== 50 ? `&pageSize=${result.pageSize}` : ''}`}
            />
          </>
        ) : (
          <EmptyState title={result.total ? 'No documents on this page' : 'No documents yet'}>
            <p>
              {result.total ? (
                <Link href="/documents">Back to the first page</Link>
              ) : (
                <>
                  Run <code>npm start</code> to read the demo documents in <code>seeds/</code>; sources you add later are read on their
                  schedule.
                </>
              )}
            </p>
          </EmptyState>
        )}
      </section>
    </>
  );
}
