'use client';
// The documents list rendered through the shared DataTable: title (links to the drill-down), date, site, statements.
import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, type DataTableColumn, type DataTableFeatures } from '@/app/_components/data-table/data-table';
import type { DocumentListItem } from '@/lib/db/documents';
import { toDisplayDate } from '@/lib/domain/dates';

const helper = createColumnHelper<DataTableFeatures, DocumentListItem>();

const columns: DataTableColumn<DocumentListItem>[] = [
  helper.accessor('title', {
    header: 'Title',
    cell: (context) => <Link href={`/documents/${context.row.original.id}`}>{context.getValue()}</Link>,
  }),
  helper.accessor((item) => toDisplayDate(item.publishedAt, item.datePrecision), {
    id: 'published',
    header: 'Published',
    cell: (context) => context.getValue() ?? <span className="subtle">undated</span>,
  }),
  helper.accessor('siteName', { header: 'Site', cell: (context) => context.getValue() ?? <span className="subtle">—</span> }),
  helper.accessor('statements', { header: 'Statements' }),
];

const CELL_CLASSES = { published: 'nowrap', statements: 'num' };

export function DocumentsTable({ items }: { items: DocumentListItem[] }) {
  return <DataTable columns={columns} data={items} getRowId={(item) => item.id} cellClassName={CELL_CLASSES} caption="Documents" />;
}
