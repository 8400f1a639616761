import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, hasErrorCode, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { EmailLinkRequest } from './email-link-request.js';
import { type AuthOptions, type AuthProvider, fetchAuthOptions, toProviderUrl } from './fetch-providers.js';
import { rememberSignIn } from './session.js';

/** Props of {@link SignInPage}. */
export interface SignInPageProps {
  onSignedIn: () => void;
  /** Whether the app came here because the session ended. */
  expired?: boolean;
}

const REDIRECT_DRIVERS = new Set(['oauth2', 'openid', 'saml']);

/**
 * Email and password sign-in (or an LDAP provider's identifier), the two-factor code when the API
 * asks for one, buttons for the SSO providers of `GET /auth`, and the magic-link form.
 */
export function SignInPage({ onSignedIn, expired = false }: SignInPageProps) {
  const [options, setOptions] = useState<AuthOptions>({ providers: [], disableDefault: false });
  const [ldap, setLdap] = useState<AuthProvider | null>(null);
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState<string | null>(null);
  const [errors, setErrors] = useState<ApiError[]>(initialErrors);
  const [busy, setBusy] = useState(false);
  const otpInput = useRef<HTMLInputElement>(null);
  const asksForOtp = otp !== null;

  useEffect(() => {
    void fetchAuthOptions().then(setOptions);
  }, []);
  // The code field appears after a submit; focus moves to it so the next keystrokes land there.
  useEffect(() => {
    if (asksForOtp) otpInput.current?.focus();
  }, [asksForOtp]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      const credentials = ldap ? { identifier, password } : { email: identifier, password };
      await client.login(credentials as { email: string; password: string }, {
        mode: 'session',
        ...(otp !== null ? { otp } : {}),
        ...(ldap ? { provider: ldap.name } : {}),
      });
      rememberSignIn();
      onSignedIn();
    } catch (thrown) {
      const found = toApiErrors(thrown);
      if (hasErrorCode(found, 'INVALID_OTP') && otp === null) setOtp('');
      else setErrors(found);
    } finally {
      setBusy(false);
    }
  }

  const redirectProviders = options.providers.filter((provider) => REDIRECT_DRIVERS.has(provider.driver));
  const ldapProviders = options.providers.filter((provider) => provider.driver === 'ldap');
  const showForm = !options.disableDefault || ldap !== null;

  return (
    <main className="sign-in">
      <h1>Sign in to Plinth</h1>
      {expired && errors.length === 0 && <p role="status">Your session has ended. Sign in again.</p>}
      {errors.length > 0 && (
        <div role="alert" className="alert">
          {errors.map((error) => (
            <p key={error.code + error.message}>{toSignInMessage(error)}</p>
          ))}
        </div>
      )}
      {showForm && (
        <form onSubmit={submit} className="stack">
          {ldap && <p>Signing in with {ldap.label ?? ldap.name}.</p>}
          <label>
            {ldap ? 'Username' : 'Email'}
            <input
              name="identifier"
              type={ldap ? 'text' : 'email'}
              autoComplete="username"
              required
              value={identifier}
              onChange={(event) => setIdentifier(event.target.value)}
            />
          </label>
          <label>
            Password
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          {otp !== null && (
            <label>
              Two-factor code
              <input
                name="otp"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                required
                ref={otpInput}
                value={otp}
                onChange={(event) => setOtp(event.target.value)}
              />
              <small>Enter the 6-digit code from your authenticator app.</small>
            </label>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
      {(redirectProviders.length > 0 || ldapProviders.length > 0) && (
        <nav aria-label="Other ways to sign in" className="stack providers">
          {redirectProviders.map((provider) => (
            <a key={provider.name} className="button" href={toProviderUrl(provider)}>
              Sign in with {provider.label ?? provider.name}
            </a>
          ))}
          {ldapProviders.map((provider) => (
            <button
              key={provider.name}
              type="button"
              onClick={() => setLdap(ldap === provider ? null : provider)}
            >
              {ldap === provider ? 'Use email instead' : `Sign in with ${provider.label ?? provider.name}`}
            </button>
          ))}
        </nav>
      )}
      {!options.disableDefault && (
        <div className="stack">
          <EmailLinkRequest
            openLabel="Forgot your password?"
            inputLabel="Email for a reset link"
            endpoint="/auth/password/request"
            toBody={(email) => ({ email })}
            sentText="If that address has an account, a link to choose a new password is on its way."
            unavailableText="Password resets are not available."
          />
          <EmailLinkRequest
            openLabel="Email me a sign-in link instead"
            inputLabel="Email for a sign-in link"
            endpoint="/auth/magic-link/request"
            toBody={(email) => ({ email })}
            sentText="If that address has an account, a sign-in link is on its way."
            unavailableText="Sign-in links are not enabled on this server."
          />
        </div>
      )}
    </main>
  );
}

/** An SSO provider that failed sends the browser back with `?reason=<CODE>`. */
function initialErrors(): ApiError[] {
  const reason = new URLSearchParams(window.location.search).get('reason');
  return reason ? [{ code: reason, message: `Single sign-on failed (${reason}).` }] : [];
}

function toSignInMessage(error: ApiError): string {
  if (error.code === 'INVALID_CREDENTIALS') return 'Wrong email or password.';
  if (error.code === 'INVALID_OTP') return 'That two-factor code is not right. Try the current one.';
  if (error.code === 'USER_SUSPENDED') return 'This account is suspended.';
  return error.message;
}
