'use server';
// An analyst corrects an actor's country or type; the change is recorded (who, before, after) and its statements follow.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { toFormError } from '@/app/_lib/form-errors';
import type { FormState } from '@/app/_lib/form-state';
import { requireFormWriter } from '@/app/_lib/writer';
import { updateActorDetails } from '@/lib/db/actors';
import { getDb } from '@/lib/db/client';
import { parseOrThrow } from '@/lib/errors';
import { ACTOR_TYPE_VALUES } from '@/lib/domain/values';

const actorFormSchema = z.object({
  actorId: z.uuid('actorId must be an actor id'),
  country: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.union([z.literal(''), z.string().regex(/^([A-Z]{2}|EU)$/, 'country must be an ISO code such as DE, EU, or empty for none')]),
  ),
  type: z.enum(ACTOR_TYPE_VALUES, { error: `type must be one of ${ACTOR_TYPE_VALUES.join(', ')}` }),
  note: z.preprocess((value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined), z.string().max(2000).optional()),
});

export async function updateActor(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const writer = await requireFormWriter(formData);
    const input = parseOrThrow(actorFormSchema, Object.fromEntries(formData));
    await updateActorDetails(
      getDb(),
      input.actorId,
      { countryCode: input.country || null, type: input.type },
      { userId: writer.userId, note: input.note },
    );
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Saved. This actor’s statements now count for the corrected country and type.' };
  } catch (error) {
    return toFormError(error);
  }
}
