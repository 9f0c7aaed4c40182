// Alerts → an Atom 1.0 document (RFC 4287) any feed reader understands. Pure: text in, XML text out.
import type { AlertItem } from '../db/alerts';
import { toCountryName } from '../domain/countries';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML and drops characters XML 1.0 cannot hold (ingested text may contain them). */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const POSITION_WORDS = { support: 'supports restriction', oppose: 'opposes restriction', mixed: 'mixed', none: 'no position' } as const;

export function toAlertTitle(alert: AlertItem): string {
  const subject = alert.subjectType === 'country' && alert.countryCode ? toCountryName(alert.countryCode) : (alert.actorName ?? 'An actor');
  const now = POSITION_WORDS[alert.position];
  if (alert.kind === 'new') return `${subject} takes a position: ${now} (${alert.period})`;
  const before = alert.previousPosition ? POSITION_WORDS[alert.previousPosition] : 'no position';
  return `${subject} ${alert.kind === 'flip' ? 'flipped' : 'moved'}: ${before} → ${now} (${alert.previousPeriod} → ${alert.period})`;
}

function toSummary(alert: AlertItem): string {
  const lines = [toAlertTitle(alert)];
  for (const [label, items] of [
    ['Now', alert.evidenceAfter],
    ['Before', alert.evidenceBefore],
  ] as const) {
    for (const item of items) lines.push(`${label}: ${item.actor} (${item.stance}) — “${item.evidence}”`);
  }
  return lines.join('\n');
}

export function toAtomFeed(alerts: AlertItem[], options: { baseUrl: string; topic: string; topicName: string; selfUrl: string }): string {
  const updated = (alerts[0]?.createdAt ?? new Date(0)).toISOString();
  const entries = alerts.map((alert) => {
    const link =
      alert.subjectType === 'country' && alert.countryCode
        ? `${options.baseUrl}/countries/${alert.countryCode}?topic=${encodeURIComponent(alert.topic)}`
        : `${options.baseUrl}/actors/${alert.actorId}?topic=${encodeURIComponent(alert.topic)}`;
    return `  <entry>
    <id>urn:uuid:${alert.id}</id>
    <title>${escapeXml(toAlertTitle(alert))}</title>
    <updated>${alert.createdAt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <category term="${escapeXml(alert.kind)}"/>
    <summary type="text">${escapeXml(toSummary(alert))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${options.baseUrl}/alerts?topic=${options.topic}`)}</id>
  <title>${escapeXml(`Stancewatch alerts: ${options.topicName}`)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${options.baseUrl}/alerts`)}"/>
  <generator>Stancewatch</generator>
${entries.join('\n')}
</feed>
`;
}
