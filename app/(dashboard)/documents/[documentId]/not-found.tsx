// Unknown document id.
import Link from 'next/link';

export default function DocumentNotFound() {
  return (
    <section className="panel">
      <h1>Document not found</h1>
      <p>
        It may have been removed, or the link is wrong. <Link href="/documents">Browse all documents</Link>.
      </p>
    </section>
  );
}
