'use client';
// Review controls for one statement: confirm it, change its stance, actor or country, or reject it, with an
// optional comment. A rejected statement gets a restore form instead. Submits to the reviewStatement action.
import { useActionState, useId, useState } from 'react';
import { reviewStatement } from '@/app/(dashboard)/documents/actions';
import { INITIAL_FORM_STATE } from '@/app/_lib/form-state';
import type { StanceLabel } from '@/lib/domain/values';
import { ApiTokenField } from './api-token-field';

type Props = {
  statementId: string;
  stance: StanceLabel;
  actor: string;
  country: string | null;
  /** Actor names offered for "change actor" (the document's other actors). */
  actorChoices: string[];
  rejected?: boolean;
};

export function ReviewForm({ statementId, stance, actor, country, actorChoices, rejected = false }: Props) {
  const [state, action, pending] = useActionState(reviewStatement, INITIAL_FORM_STATE);
  const [choice, setChoice] = useState<'confirm' | 'change' | 'reject'>('confirm');
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const message = state.message ? (
    <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-ok' : 'form-error'}>
      {state.message}
    </p>
  ) : null;

  if (rejected) {
    return (
      <form action={action} className="review-form" aria-label={`Restore the statement by ${actor}`}>
        <input type="hidden" name="statementId" value={statementId} />
        <input type="hidden" name="action" value="restore" />
        <label className="field">
          Comment <input name="note" maxLength={2000} />
        </label>
        <ApiTokenField />
        <button className="button button--secondary" type="submit" disabled={pending}>
          Restore
        </button>
        {message}
      </form>
    );
  }

  return (
    <details className="review" data-testid="review-controls">
      <summary>Review this statement</summary>
      <form action={action} className="review-form" aria-label={`Review the statement by ${actor}`}>
        <input type="hidden" name="statementId" value={statementId} />
        <fieldset className="review-form__actions">
          <legend>Decision</legend>
          {(
            [
              ['confirm', 'Confirm as labelled'],
              ['change', 'Change'],
              ['reject', 'Reject (not a statement on this topic)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="action" value={value} checked={choice === value} onChange={() => setChoice(value)} /> {label}
            </label>
          ))}
        </fieldset>
        {choice === 'change' ? (
          <div className="review-form__changes">
            <label className="field">
              Stance
              <select name="stance" defaultValue={stance} aria-invalid={Boolean(errors.stance)}>
                <option value="support">support</option>
                <option value="oppose">oppose</option>
                <option value="neutral">neutral</option>
              </select>
            </label>
            <label className="field">
              Actor
              <input name="actor" placeholder={actor} list={`${id}-actors`} aria-invalid={Boolean(errors.actor)} />
              <datalist id={`${id}-actors`}>
                {actorChoices.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </label>
            <label className="field">
              Country
              <input name="country" placeholder={country ?? 'ISO code'} size={6} aria-invalid={Boolean(errors.country)} />
            </label>
          </div>
        ) : null}
        <label className="field">
          Comment <span className="subtle">(optional)</span>
          <textarea name="note" rows={2} maxLength={2000} />
        </label>
        <ApiTokenField />
        <button className="button" type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save review'}
        </button>
        {message}
      </form>
    </details>
  );
}
