// Shown while the overview reads the database (large installations can take a moment). Pages that answer 404
// for unknown ids (countries, actors, documents) have no loading boundary, so the status is sent as 404.
export default function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      Loading positions and statements…
    </div>
  );
}
