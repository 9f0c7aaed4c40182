// After an ingestion run: recompute each topic's per-month positions (countries from their government actors,
// tracked actors on their own), record every change not recorded yet as an Alert, and POST new ones to the
// webhook if one is configured. Idempotent: a second call with no new statements records nothing.
import type { Db } from '../db/client';
import {
  insertAlerts,
  listAlerts,
  listAlertTopics,
  listPendingWebhookAlerts,
  listPeriodPositions,
  recordWebhookAttempt,
} from '../db/alerts';
import { detectPositionChanges } from '../pipeline/flips';
import { ALERT_SUBJECT_VALUES } from '../domain/values';
import { getEnv } from '../runtime/env';
import { log } from '../runtime/log';
import { postWebhook, type WebhookConfig } from './webhook';

export type AlertEvaluation = { created: number; delivered: number; failed: number };

export function webhookConfigFromEnv(): WebhookConfig | null {
  const env = getEnv();
  return env.ALERT_WEBHOOK_URL ? { url: env.ALERT_WEBHOOK_URL, secret: env.ALERT_WEBHOOK_SECRET ?? null } : null;
}

export async function evaluateAlerts(db: Db, options: { webhook?: WebhookConfig | null } = {}): Promise<AlertEvaluation> {
  const webhook = options.webhook === undefined ? webhookConfigFromEnv() : options.webhook;
  let created = 0;
  for (const topic of await listAlertTopics(db)) {
    for (const subject of ALERT_SUBJECT_VALUES) {
      const changes = detectPositionChanges(await listPeriodPositions(db, topic.id, subject));
      created += (await insertAlerts(db, topic.id, subject, changes, { webhook: webhook !== null })).length;
    }
  }
  const delivery = webhook ? await deliverPendingAlerts(db, webhook) : { delivered: 0, failed: 0 };
  if (created) log.info(`alerts: ${created} new position change(s) recorded`, delivery);
  return { created, ...delivery };
}

/** Sends every alert still pending; each one's outcome is recorded on it (a failure never stops the others). */
export async function deliverPendingAlerts(db: Db, webhook: WebhookConfig): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  const ids = await listPendingWebhookAlerts(db);
  for (const topic of await listAlertTopics(db)) {
    for (const alert of await listAlerts(db, { topic: topic.slug, ids, limit: ids.length || 1 })) {
      const outcome = await postWebhook(webhook, {
        id: alert.id,
        topic: alert.topic,
        subject: alert.subjectType,
        country: alert.countryCode,
        actor: alert.actorId ? { id: alert.actorId, name: alert.actorName } : null,
        kind: alert.kind,
        period: alert.period,
        position: alert.position,
        score: alert.score,
        previousPeriod: alert.previousPeriod,
        previousPosition: alert.previousPosition,
        previousScore: alert.previousScore,
        statements: alert.statements,
        evidence: alert.evidenceAfter.map((item) => ({
          id: item.id,
          actor: item.actor,
          stance: item.stance,
          evidence: item.evidence,
          documentId: item.documentId,
        })),
      });
      await recordWebhookAttempt(db, alert.id, outcome);
      if (outcome.delivered) delivered += 1;
      else {
        failed += 1;
        log.warn(`alert webhook failed for ${alert.id} after ${outcome.attempts} attempt(s): ${outcome.error}`);
      }
    }
  }
  return { delivered, failed };
}
