// Outgoing webhook for new alerts: one JSON POST per alert, signed with HMAC-SHA256, retried with backoff on
// network errors, 429 and 5xx. The URL is the operator's own setting (ALERT_WEBHOOK_URL), not user input.
import { createHmac } from 'node:crypto';

export type WebhookConfig = {
  url: string;
  secret: string | null;
  attempts?: number;
  /** First retry delay; each next one doubles. */
  backoffMs?: number;
  timeoutMs?: number;
};

export type WebhookOutcome = { delivered: boolean; attempts: number; error: string | null };

/** `sha256=<hex>` over "<timestamp>.<body>", so a receiver can reject replays of old bodies. */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

export async function postWebhook(config: WebhookConfig, payload: unknown): Promise<WebhookOutcome> {
  const body = JSON.stringify(payload);
  const attempts = config.attempts ?? 4;
  let error: string | null = null;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Stancewatch-Alerts/1',
      'x-stancewatch-timestamp': timestamp,
    };
    if (config.secret) headers['x-stancewatch-signature'] = signWebhookBody(config.secret, timestamp, body);
    try {
      const response = await fetch(config.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (response.ok) return { delivered: true, attempts: attempt, error: null };
      error = `HTTP ${response.status}`;
      if (!isRetryable(response.status)) return { delivered: false, attempts: attempt, error };
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, (config.backoffMs ?? 1000) * 2 ** (attempt - 1)));
  }
  return { delivered: false, attempts, error };
}
