'use client';
// The actor's country and type, editable by an analyst (API token until sign-in lands).
import { useActionState } from 'react';
import { ApiTokenField } from '@/app/_components/api-token-field';
import { INITIAL_FORM_STATE } from '@/app/_lib/form-state';
import { ACTOR_TYPE_VALUES, type ActorType } from '@/lib/domain/values';
import { updateActor } from './actions';

export function ActorForm({ actorId, countryCode, type }: { actorId: string; countryCode: string | null; type: ActorType }) {
  const [state, action, pending] = useActionState(updateActor, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="review-form" aria-label="Correct this actor" data-testid="actor-form">
      <input type="hidden" name="actorId" value={actorId} />
      <div className="review-form__changes">
        <label className="field">
          Country (ISO code)
          <input name="country" defaultValue={countryCode ?? ''} size={6} placeholder="none" aria-invalid={Boolean(errors.country)} />
        </label>
        <label className="field">
          Type
          <select name="type" defaultValue={type} aria-invalid={Boolean(errors.type)}>
            {ACTOR_TYPE_VALUES.map((value) => (
              <option key={value} value={value}>
                {value.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        Comment <span className="subtle">(optional)</span>
        <input name="note" maxLength={2000} />
      </label>
      <ApiTokenField />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-ok' : 'form-error'}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
