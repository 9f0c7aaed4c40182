'use server';
// Review of one statement by an analyst: confirm, change stance/actor/country, reject, or restore a rejected one.
// Every review is a new row (who, when, before, after); the newest wins everywhere the statement is read.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireFormWriter } from '@/app/_lib/writer';
import { toFormError } from '@/app/_lib/form-errors';
import type { FormState } from '@/app/_lib/form-state';
import { findActorByName } from '@/lib/db/actors';
import { getDb } from '@/lib/db/client';
import { createStatementReview } from '@/lib/db/reviews';
import { BadRequestError, parseOrThrow } from '@/lib/errors';
import { REVIEW_ACTION_VALUES, STANCE_VALUES } from '@/lib/domain/values';

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const reviewFormSchema = z.object({
  statementId: z.uuid('statementId must be a statement id'),
  action: z.enum(REVIEW_ACTION_VALUES, { error: 'choose confirm, change, reject or restore' }),
  stance: z.preprocess(blank, z.enum(STANCE_VALUES, { error: 'stance must be support, oppose or neutral' }).optional()),
  actor: z.preprocess(blank, z.string().trim().max(200).optional()),
  country: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^([A-Z]{2}|EU)$/, 'country must be an ISO code such as DE, or EU'))
      .optional(),
  ),
  note: z.preprocess(blank, z.string().trim().max(2000, 'the comment is at most 2,000 characters').optional()),
});

export async function reviewStatement(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const writer = await requireFormWriter(formData);
    const input = parseOrThrow(reviewFormSchema, Object.fromEntries(formData));
    const db = getDb();
    let actorId: string | undefined;
    if (input.action === 'change' && input.actor) {
      const actor = await findActorByName(db, input.actor);
      if (!actor) throw new BadRequestError(`No actor is called “${input.actor}”`, { actor: ['no actor with this name'] });
      actorId = actor.id;
    }
    if (input.action === 'change' && !input.stance && !actorId && !input.country) {
      throw new BadRequestError('Choose a new stance, actor or country to change', { stance: ['nothing to change'] });
    }
    await createStatementReview(db, {
      statementId: input.statementId,
      reviewerId: writer.userId,
      action: input.action,
      stance: input.stance,
      actorId,
      countryCode: input.country,
      note: input.note,
    });
    revalidatePath('/', 'layout');
    const done = { confirm: 'Confirmed', change: 'Changed', reject: 'Rejected', restore: 'Restored' }[input.action];
    return { ok: true, message: `${done}. The review is recorded and shown everywhere this statement appears.` };
  } catch (error) {
    return toFormError(error);
  }
}
