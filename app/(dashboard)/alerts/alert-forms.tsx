'use client';
// The alerts page's write forms: mark all read, and issue a feed token (shown once).
import { useActionState } from 'react';
import { ApiTokenField } from '@/app/_components/api-token-field';
import { INITIAL_FORM_STATE } from '@/app/_lib/form-state';
import { issueFeedToken, markRead } from './actions';

export function MarkReadForm({ topic, label, disabled }: { topic: string; label: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(markRead, INITIAL_FORM_STATE);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="topic" value={topic} />
      <ApiTokenField />
      <button className="button button--secondary" type="submit" disabled={pending || disabled}>
        {label}
      </button>
      {state.message ? (
        <span role={state.ok ? 'status' : 'alert'} className={state.ok ? 'form-ok' : 'form-error'}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function FeedTokenForm({ feedUrl }: { feedUrl: string }) {
  const [state, action, pending] = useActionState(issueFeedToken, INITIAL_FORM_STATE);
  return (
    <form action={action} className="review-form" aria-label="Create a feed token">
      <label className="field">
        Label <span className="subtle">(which reader uses it)</span>
        <input name="label" maxLength={100} placeholder="my feed reader" />
      </label>
      <ApiTokenField />
      <button className="button button--secondary" type="submit" disabled={pending}>
        Create feed token
      </button>
      {state.message ? (
        state.ok ? (
          <p role="status" className="form-ok">
            Your feed address (shown once):{' '}
            <code data-testid="feed-url">{`${feedUrl}${feedUrl.includes('?') ? '&' : '?'}token=${state.message}`}</code>
          </p>
        ) : (
          <p role="alert" className="form-error">
            {state.message}
          </p>
        )
      ) : null}
    </form>
  );
}
