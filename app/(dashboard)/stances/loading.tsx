// Shown while a dashboard page reads the database (large installations can take a moment).
export default function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      Loading…
    </div>
  );
}
