import { type FormEvent, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { Link } from '../shell/link.js';

/** Props of {@link SetPasswordPage}. */
export interface SetPasswordPageProps {
  /** `reset` for a password-reset link, `invite` for an invitation. */
  purpose: 'reset' | 'invite';
  token: string;
}

const PURPOSES = {
  reset: {
    title: 'Choose a new password',
    endpoint: '/auth/password/reset',
    done: 'Your password was changed.',
  },
  invite: {
    title: 'Accept your invitation',
    endpoint: '/users/invite/accept',
    done: 'Your account is ready.',
  },
} as const;

/** Where a reset or invitation email leads: a new password, posted with the link's token. */
export function SetPasswordPage({ purpose, token }: SetPasswordPageProps) {
  const { title, endpoint, done } = PURPOSES[purpose];
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [finished, setFinished] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) return setErrors([{ code: 'MISMATCH', message: 'The two passwords differ.' }]);
    setErrors([]);
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, password }),
    }).catch(() => null);
    if (response?.ok) return setFinished(true);
    setErrors(toApiErrors(response ? await response.json().catch(() => null) : null));
  }

  return (
    <main className="sign-in">
      <h1>{title}</h1>
      {errors.length > 0 && (
        <div role="alert" className="alert">
          {errors.map((error) => (
            <p key={error.code + error.message}>{toMessage(error)}</p>
          ))}
        </div>
      )}
      {finished ? (
        <p role="status">
          {done} <Link route={{ name: 'login' }}>Sign in</Link>
        </p>
      ) : (
        <form className="stack" onSubmit={submit}>
          <label>
            New password
            <input
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          <label>
            Repeat the password
            <input
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={!token}>
            Save password
          </button>
        </form>
      )}
    </main>
  );
}

function toMessage(error: ApiError): string {
  if (['INVALID_TOKEN', 'TOKEN_EXPIRED', 'FORBIDDEN', 'INVALID_INVITE'].includes(error.code)) {
    return 'This link is no longer valid. Ask for a new one.';
  }
  return error.message;
}
