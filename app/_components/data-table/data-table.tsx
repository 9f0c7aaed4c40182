'use client';
// Generic TanStack Table v9 renderer: columns + rows in, a plain semantic <table> out (paging and
// filtering happen on the server, so only the core row model is used).
import Link from 'next/link';
import { tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';

/** Core features only; callers build columns with createColumnHelper<DataTableFeatures, Row>(). */
export const dataTableFeatures = tableFeatures({});
export type DataTableFeatures = typeof dataTableFeatures;
// The value type varies per column, as in TanStack's own column arrays.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row, any>;

type Props<Row extends RowData> = {
  columns: DataTableColumn<Row>[];
  data: Row[];
  getRowId?: (row: Row) => string;
  /** Extra class per column id (numbers right-aligned, wide text…). */
  cellClassName?: Partial<Record<string, string>>;
  caption?: string;
  /** Server-side sorting: per column id, the link that sorts by it and how the rows are sorted now. */
  sortLinks?: Partial<Record<string, { href: string; sort: 'ascending' | 'descending' | 'none' }>>;
};

const ARROWS = { ascending: ' ▲', descending: ' ▼', none: '' } as const;

export function DataTable<Row extends RowData>({ columns, data, getRowId, cellClassName = {}, caption, sortLinks = {} }: Props<Row>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: getRowId ? (row) => getRowId(row) : undefined });
  return (
    <div className="table-wrap">
      <table className="data-table">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sort = sortLinks[header.column.id];
                const label = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                return (
                  <th key={header.id} scope="col" aria-sort={sort?.sort} data-column={header.column.id}>
                    {sort ? (
                      <Link href={sort.href} className="sort-link" scroll={false}>
                        {label}
                        <span aria-hidden="true">{ARROWS[sort.sort]}</span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cellClassName[cell.column.id]}
                  data-column={cell.column.id}
                  data-label={typeof cell.column.columnDef.header === 'string' ? cell.column.columnDef.header : undefined}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
