import { type FormEvent, useState } from 'react';
import { type ApiError, hasErrorCode, toApiErrors } from '../lib/api-errors.js';
import { rememberSignIn } from './session.js';

/** Props of {@link MagicLinkPage}. */
export interface MagicLinkPageProps {
  token: string;
  onSignedIn: () => void;
}

/**
 * The page a magic link opens. Following the link signs nobody in (mail scanners follow links);
 * the person presses the button, adding a two-factor code when the API asks for one.
 */
export function MagicLinkPage({ token, onSignedIn }: MagicLinkPageProps) {
  const [otp, setOtp] = useState<string | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await fetch('/auth/magic-link/login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, mode: 'session', ...(otp ? { otp } : {}) }),
    });
    if (response.ok) {
      rememberSignIn();
      return onSignedIn();
    }
    const found = toApiErrors(await response.json().catch(() => null));
    if (hasErrorCode(found, 'INVALID_OTP') && otp === null) return setOtp('');
    setErrors(found);
  }

  return (
    <main className="sign-in">
      <h1>Sign in with your link</h1>
      {errors.length > 0 && (
        <div role="alert" className="alert">
          {errors.map((error) => (
            <p key={error.code}>{error.message}</p>
          ))}
        </div>
      )}
      <form onSubmit={submit} className="stack">
        {otp !== null && (
          <label>
            Two-factor code
            <input
              inputMode="numeric"
              required
              value={otp}
              onChange={(event) => setOtp(event.target.value)}
            />
          </label>
        )}
        <button type="submit" className="primary" disabled={!token}>
          Sign in
        </button>
      </form>
    </main>
  );
}
