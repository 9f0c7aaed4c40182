'use client';
// Last-resort boundary for routes outside the dashboard segment.
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="alert" role="alert">
      <h1>Something went wrong</h1>
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
