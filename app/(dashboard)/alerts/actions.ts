'use server';
// Alerts: mark them read, and issue a personal token for reading the Atom feed when reading is private.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { toFormError } from '@/app/_lib/form-errors';
import type { FormState } from '@/app/_lib/form-state';
import { requireFormWriter } from '@/app/_lib/writer';
import { createFeedToken, markAlertsRead } from '@/lib/db/alerts';
import { getDb } from '@/lib/db/client';
import { parseOrThrow } from '@/lib/errors';
import { DEFAULT_TOPIC_SLUG } from '@/lib/domain/values';

const markSchema = z.object({
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .default(DEFAULT_TOPIC_SLUG),
  alertId: z.uuid().optional(),
});

export async function markRead(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await requireFormWriter(formData);
    const input = parseOrThrow(markSchema, Object.fromEntries([...formData].filter(([key]) => key !== 'apiToken')));
    const count = await markAlertsRead(getDb(), input.topic, input.alertId ? [input.alertId] : undefined);
    revalidatePath('/', 'layout');
    return { ok: true, message: count === 1 ? 'Marked 1 alert read.' : `Marked ${count} alerts read.` };
  } catch (error) {
    return toFormError(error);
  }
}

export async function issueFeedToken(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const writer = await requireFormWriter(formData);
    const label =
      String(formData.get('label') ?? '')
        .trim()
        .slice(0, 100) || null;
    const token = await createFeedToken(getDb(), writer.userId, label);
    return { ok: true, message: token };
  } catch (error) {
    return toFormError(error);
  }
}
