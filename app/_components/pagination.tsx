// Previous/next links for a server-paginated list; hrefs come from the page so filters stay in the URL.
import Link from 'next/link';

type Props = { page: number; pageSize: number; total: number; hrefFor: (page: number) => string };

export function Pagination({ page, pageSize, total, hrefFor }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span>{total === 0 ? 'No results' : `${first}–${last} of ${total}`}</span>
      <span className="pagination__links">
        <Link href={hrefFor(page - 1)} aria-disabled={page <= 1} tabIndex={page <= 1 ? -1 : undefined}>
          ← Previous
        </Link>
        <span>
          Page {Math.min(page, pages)} of {pages}
        </span>
        <Link href={hrefFor(page + 1)} aria-disabled={page >= pages} tabIndex={page >= pages ? -1 : undefined}>
          Next →
        </Link>
      </span>
    </nav>
  );
}
