import cookie, { type CookieSerializeOptions } from '@fastify/cookie';
import type { RedirectLoginChecks } from '@plinth/services';

/** What a redirect login keeps in the browser between leaving for the provider and coming back. */
export interface LoginFlow {
  checks: RedirectLoginChecks;
  /** Where the browser goes when the login is done (already checked against the allow list). */
  redirect?: string | undefined;
  otp?: string | undefined;
}

/** How long a login at the provider may take. */
const FLOW_TTL_MS = 10 * 60_000;

/** Signs and reads the `<driver>.<name>` cookie of a redirect login. */
export interface LoginFlowCookie {
  name(provider: { driver: string; name: string }): string;
  options: CookieSerializeOptions;
  write(flow: LoginFlow, now?: number): string;
  /** The flow a cookie holds; null when it is absent, tampered with, malformed or expired. */
  read(value: string | undefined, now?: number): LoginFlow | null;
}

function isLoginFlow(value: unknown): value is LoginFlow & { expires: number } {
  if (typeof value !== 'object' || value === null) return false;
  const flow = value as Record<string, unknown>;
  const checks = flow['checks'] as Record<string, unknown> | undefined;
  return (
    typeof flow['expires'] === 'number' &&
    typeof checks === 'object' &&
    checks !== null &&
    typeof checks['state'] === 'string' &&
    typeof checks['codeVerifier'] === 'string'
  );
}

/**
 * The login-flow cookie, signed with `SECRET` through @fastify/cookie's signer (so it works whether or
 * not the app registered the cookie plugin with a secret). httpOnly and SameSite=Lax: the provider's
 * redirect back is a top-level navigation, which Lax lets the cookie ride along on.
 */
export function createLoginFlowCookie(secret: string, secure: boolean): LoginFlowCookie {
  const signer = cookie.signerFactory(secret);
  return {
    name: ({ driver, name }) => `${driver}.${name}`,
    options: { httpOnly: true, path: '/', sameSite: 'lax', secure, maxAge: FLOW_TTL_MS / 1000 },
    write(flow, now = Date.now()) {
      const json = JSON.stringify({ ...flow, expires: now + FLOW_TTL_MS });
      return signer.sign(Buffer.from(json).toString('base64url'));
    },
    read(value, now = Date.now()) {
      if (!value) return null;
      const unsigned = signer.unsign(value);
      if (!unsigned.valid || unsigned.value === null) return null;
      try {
        const flow: unknown = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8'));
        if (!isLoginFlow(flow) || flow.expires < now) return null;
        const { expires: _expires, ...rest } = flow;
        return rest;
      } catch {
        return null;
      }
    },
  };
}
