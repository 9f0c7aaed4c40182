'use client';
// The statements table: STANCE_COLUMNS (shared with the CSV) rendered through the generic DataTable,
// with links to the document drill-down.
import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, type DataTableColumn, type DataTableFeatures } from '@/app/_components/data-table/data-table';
import { CountryLabel } from '@/app/_components/country-label';
import { StanceBadge, formatScore } from '@/app/_components/stance-badge';
import type { StanceItem } from '@/lib/domain/statements';
import { TABLE_STANCE_COLUMNS } from '@/lib/export/stance-columns';

const helper = createColumnHelper<DataTableFeatures, StanceItem>();

function renderCell(columnId: string, item: StanceItem, value: string | number | null) {
  switch (columnId) {
    case 'country':
      return item.country ? <CountryLabel code={item.country} /> : <span className="subtle">—</span>;
    case 'confidence':
      return item.confidence.toFixed(2);
    case 'stance':
      return <StanceBadge stance={item.stance} />;
    case 'score':
      return formatScore(item.score);
    case 'date':
      return value ?? <span className="subtle">undated</span>;
    case 'evidence':
      return (
        <Link href={`/documents/${item.documentId}#evidence-${item.id}`} className="evidence-link">
          {item.evidence}
        </Link>
      );
    case 'document':
      return <Link href={`/documents/${item.documentId}`}>{item.documentTitle}</Link>;
    case 'actor':
      return (
        <>
          <Link href={`/actors/${item.actorId}`}>{item.actor}</Link>
          {item.reviewed ? (
            <span className="reviewed-mark" title={`Reviewed by ${item.reviewedBy ?? 'an analyst'}`}>
              {' '}
              ✓ reviewed
            </span>
          ) : null}
        </>
      );
    default:
      return value;
  }
}

const columns: DataTableColumn<StanceItem>[] = TABLE_STANCE_COLUMNS.map((column) =>
  helper.accessor((item) => column.value(item), {
    id: column.id,
    header: column.header,
    cell: (context) => renderCell(column.id, context.row.original, context.getValue()),
  }),
);

const CELL_CLASSES = { score: 'num', confidence: 'num', evidence: 'evidence-cell' };

type Props = { items: StanceItem[]; sortLinks: Partial<Record<string, { href: string; sort: 'ascending' | 'descending' | 'none' }>> };

export function StanceTable({ items, sortLinks }: Props) {
  return (
    <DataTable
      columns={columns}
      data={items}
      getRowId={(item) => item.id}
      cellClassName={CELL_CLASSES}
      caption="Statements"
      sortLinks={sortLinks}
    />
  );
}
