'use client';
// Generic TanStack Table v9 renderer: columns + rows in, a plain semantic <table> out (paging and
// filtering happen on the server, so only the core row model is used).
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
};

export function DataTable<Row extends RowData>({ columns, data, getRowId, cellClassName = {}, caption }: Props<Row>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: getRowId ? (row) => getRowId(row) : undefined });
  return (
    <div className="table-wrap">
      <table className="data-table">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cellClassName[cell.column.id]} data-column={cell.column.id}>
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
