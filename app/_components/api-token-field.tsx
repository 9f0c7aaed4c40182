'use client';
// The API token field of write forms, until sign-in lands: remembered for this browser tab only (sessionStorage).
import { useEffect, useState } from 'react';

const KEY = 'stancewatch-api-token';

export function ApiTokenField() {
  const [token, setToken] = useState('');
  useEffect(() => {
    // Read after mount: sessionStorage exists only in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToken(window.sessionStorage.getItem(KEY) ?? '');
  }, []);
  return (
    <label className="field">
      API token <span className="subtle">(until sign-in is available)</span>
      <input
        name="apiToken"
        type="password"
        autoComplete="off"
        value={token}
        onChange={(event) => {
          setToken(event.target.value);
          window.sessionStorage.setItem(KEY, event.target.value);
        }}
      />
    </label>
  );
}
