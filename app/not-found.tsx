// Any unknown URL.
import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="panel">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Try the <Link href="/">dashboard</Link> or the <Link href="/stances">stance table</Link>.
      </p>
    </section>
  );
}
