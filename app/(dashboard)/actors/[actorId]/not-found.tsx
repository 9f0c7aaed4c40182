// An actor id that does not exist (an old link, or an actor merged away).
import Link from 'next/link';

export default function ActorNotFound() {
  return (
    <section className="panel">
      <h1>Actor not found</h1>
      <p>
        No actor has this id. Find actors through a <Link href="/">country on the map</Link> or the{' '}
        <Link href="/stances">stance table</Link>.
      </p>
    </section>
  );
}
