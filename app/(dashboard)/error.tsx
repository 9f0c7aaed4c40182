'use client';
// Dashboard pages that fail (usually: the database is not reachable) show this instead of a blank page.
import { useEffect } from 'react';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="alert" role="alert">
      <h1>Could not load this page</h1>
      <p>
        Stancewatch could not read its data. If you started the web server on its own, make sure the database is running and{' '}
        <code>DATABASE_URL</code> points at it — <code>npm start</code> sets both up.
      </p>
      {error.digest ? (
        <p className="subtle">
          Error reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <button className="button" type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
