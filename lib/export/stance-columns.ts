// The statement columns shown by the /stances table and written by the CSV export, in one order.
import { toCountryName } from '../domain/countries';
import { toDisplayDate } from '../domain/dates';
import type { StanceItem } from '../domain/statements';

export type StanceColumn = {
  id: string;
  header: string;
  /** The cell's plain value (the CSV writes it; the table renders it unless it has a richer cell). */
  value: (item: StanceItem) => string | number | null;
  /** False for columns only the CSV carries (the table links the document instead of showing its URL). */
  inTable: boolean;
};

export const STANCE_COLUMNS: readonly StanceColumn[] = [
  { id: 'actor', header: 'Actor', value: (item) => item.actor, inTable: true },
  { id: 'actorType', header: 'Actor type', value: (item) => item.actorType, inTable: false },
  { id: 'country', header: 'Country', value: (item) => item.country, inTable: true },
  { id: 'countryName', header: 'Country name', value: (item) => (item.country ? toCountryName(item.country) : null), inTable: false },
  { id: 'stance', header: 'Stance', value: (item) => item.stance, inTable: true },
  { id: 'score', header: 'Score', value: (item) => item.score, inTable: true },
  { id: 'confidence', header: 'Confidence', value: (item) => item.confidence, inTable: true },
  { id: 'date', header: 'Date', value: (item) => toDisplayDate(item.date, item.datePrecision), inTable: true },
  { id: 'datePrecision', header: 'Date precision', value: (item) => item.datePrecision, inTable: false },
  { id: 'evidence', header: 'Evidence', value: (item) => item.evidence, inTable: true },
  { id: 'document', header: 'Document', value: (item) => item.documentTitle, inTable: true },
  { id: 'url', header: 'URL', value: (item) => item.url, inTable: false },
  { id: 'documentId', header: 'Document ID', value: (item) => item.documentId, inTable: false },
  { id: 'statementId', header: 'Statement ID', value: (item) => item.id, inTable: false },
  { id: 'status', header: 'Status', value: (item) => item.status, inTable: false },
  // Named as analysts' tools expect them: whether a person reviewed the row, who, and when (ISO, UTC).
  { id: 'reviewed', header: 'reviewed', value: (item) => (item.reviewed ? 'true' : 'false'), inTable: false },
  { id: 'reviewedBy', header: 'reviewed_by', value: (item) => item.reviewedBy, inTable: false },
  { id: 'reviewedAt', header: 'reviewed_at', value: (item) => item.reviewedAt, inTable: false },
];

export const TABLE_STANCE_COLUMNS = STANCE_COLUMNS.filter((column) => column.inTable);
