// One headline number with its label, linking to the rows behind it when there is a page for them.
import Link from 'next/link';

export function Stat({ label, value, href }: { label: string; value: number; href?: string }) {
  const body = (
    <>
      <div className="stat__value">{value.toLocaleString('en')}</div>
      <div className="stat__label">{label}</div>
    </>
  );
  return href ? (
    <Link href={href} className="stat stat--link">
      {body}
    </Link>
  ) : (
    <div className="stat">{body}</div>
  );
}
