// /sources: placeholder until source management and uploads arrive (a later issue).
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Sources' };

export default function SourcesPage() {
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Sources</h1>
          <p className="subtle">Feeds, pages and folders Stancewatch reads on a schedule.</p>
        </div>
      </div>
      <section className="panel">
        <div className="empty" role="status">
          <strong>Managing sources here is coming soon</strong>
          <p>
            For now Stancewatch reads the demo folder <code>seeds/</code> at start and on its schedule (<code>INGEST_CRON</code>). Drop
            HTML, PDF, DOCX or text files there to have them read. Adding feeds and uploading files from this page, with sign-in, follows in
            a later version.
          </p>
        </div>
      </section>
    </>
  );
}
