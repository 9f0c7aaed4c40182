// /documents/[documentId]: metadata, addresses, the text with each statement's evidence highlighted, the statements.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HighlightedText } from '@/app/_components/highlighted-text';
import { StanceBadge, formatScore } from '@/app/_components/stance-badge';
import { EmptyState } from '@/app/_components/empty-state';
import { CountryLabel } from '@/app/_components/country-label';
import { ReviewForm } from '@/app/_components/review-form';
import { ReviewHistory } from '@/app/_components/review-history';
import { getDb } from '@/lib/db/client';
import { getDocument, type DocumentDetail } from '@/lib/db/documents';
import { listRejectedStatements, listReviewHistory } from '@/lib/db/reviews';
import { NotFoundError } from '@/lib/errors';
import { toDisplayDate } from '@/lib/domain/dates';

type Props = { params: Promise<{ documentId: string }> };

async function loadDocument(documentId: string): Promise<DocumentDetail> {
  try {
    return await getDocument(getDb(), documentId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { documentId } = await params;
  const document = await loadDocument(documentId);
  return { title: document.title };
}

/** Only web links are clickable; file paths and other schemes are shown as text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export default async function DocumentPage({ params }: Props) {
  const { documentId } = await params;
  const document = await loadDocument(documentId);
  const db = getDb();
  const rejected = await listRejectedStatements(db, documentId);
  const history = await listReviewHistory(
    db,
    [...document.statements, ...rejected].map((statement) => statement.id),
  );
  const actorChoices = [...new Set(document.statements.map((statement) => statement.actor))];
  const ranges = document.statements.map((statement) => ({
    id: statement.id,
    start: statement.evidenceStart,
    end: statement.evidenceEnd,
    stance: statement.stance,
    label: `${statement.actor}: ${statement.stance} (${formatScore(statement.score)})`,
  }));
  const addresses = [...new Set([document.url, ...document.urls].filter((url): url is string => Boolean(url)))];

  return (
    <>
      <p>
        <Link href="/documents">← Documents</Link>
      </p>
      <div className="page-header">
        <h1 data-testid="document-title">{document.title}</h1>
      </div>

      <section className="panel">
        <dl className="doc-meta">
          <dt>Published</dt>
          <dd>
            {toDisplayDate(document.publishedAt, document.datePrecision) ?? 'unknown'}
            <span className="subtle">
              {' '}
              · precision: {document.datePrecision}
              {document.dateSource ? ` · from ${document.dateSource}` : ''}
            </span>
          </dd>
          {document.siteName ? (
            <>
              <dt>Site</dt>
              <dd>{document.siteName}</dd>
            </>
          ) : null}
          {document.author ? (
            <>
              <dt>Author</dt>
              <dd>{document.author}</dd>
            </>
          ) : null}
          <dt>Seen at</dt>
          <dd>
            {addresses.length ? (
              addresses.map((url) => (
                <div key={url}>
                  {isWebUrl(url) ? (
                    <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                      {url}
                    </a>
                  ) : (
                    <code>{url}</code>
                  )}
                </div>
              ))
            ) : (
              <span className="subtle">no address recorded</span>
            )}
          </dd>
          <dt>Fetched</dt>
          <dd>{document.fetchedAt.slice(0, 16).replace('T', ' ')} UTC</dd>
        </dl>
      </section>

      <div className="grid-2">
        <section className="panel" aria-labelledby="text-title">
          <h2 id="text-title">Text</h2>
          <HighlightedText text={document.text} ranges={ranges} />
        </section>
        <section className="panel" aria-labelledby="statements-title">
          <h2 id="statements-title">Statements ({document.statements.length})</h2>
          {document.statements.length ? (
            <ul className="statement-list" data-testid="document-statements">
              {document.statements.map((statement) => (
                <li key={statement.id} id={`statement-${statement.id}`} data-statement={statement.id}>
                  <div className="statement-meta">
                    <Link href={`/actors/${statement.actorId}`}>
                      <strong>{statement.actor}</strong>
                    </Link>
                    {statement.country ? <CountryLabel code={statement.country} href={`/countries/${statement.country}`} /> : null}
                    <StanceBadge stance={statement.stance} />
                    <span className="subtle">
                      {formatScore(statement.score)} · confidence {statement.confidence.toFixed(2)}
                    </span>
                  </div>
                  <div className="source-line">
                    {toDisplayDate(statement.date, statement.datePrecision) ?? 'undated'}
                    {statement.reviewed ? ` · reviewed by ${statement.reviewedBy}` : ''} ·{' '}
                    <a href={`#evidence-${statement.id}`}>show evidence</a>
                  </div>
                  <ReviewHistory entries={history.get(statement.id) ?? []} />
                  <ReviewForm
                    statementId={statement.id}
                    stance={statement.stance}
                    actor={statement.actor}
                    country={statement.country}
                    actorChoices={actorChoices.filter((name) => name !== statement.actor)}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No statements in this document">It was read, but no actor took a stance on the topic in it.</EmptyState>
          )}
          {rejected.length ? (
            <>
              <h3>Rejected by an analyst ({rejected.length})</h3>
              <ul className="statement-list statement-list--rejected" data-testid="rejected-statements">
                {rejected.map((statement) => (
                  <li key={statement.id}>
                    <div className="statement-meta">
                      <strong>{statement.actor}</strong> <StanceBadge stance={statement.stance} />
                    </div>
                    <blockquote className="evidence">{statement.evidence}</blockquote>
                    <ReviewHistory entries={history.get(statement.id) ?? []} />
                    <ReviewForm
                      statementId={statement.id}
                      stance={statement.stance}
                      actor={statement.actor}
                      country={statement.country}
                      actorChoices={[]}
                      rejected
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
