import type { TestEngine } from '@plinth/test-kit';
import { SignJWT } from 'jose';
import { ADMIN_ROLE, AUTH_TEST_SETTINGS, type AuthServer, createAuthServer } from './auth-fixture.js';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';

export const PUBLIC_URL = 'http://plinth.test';

/** An auth test server whose mail goes to a real SMTP server started for it. */
export interface AccountsServer {
  api: AuthServer;
  mail: MailCatcher;
  /** Logs in with a password and returns the bearer headers of the access token. */
  login(email: string, password: string, otp?: string): Promise<Record<string, string>>;
  /** Adds an active admin and returns their bearer headers. */
  addAdmin(email?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function createAccountsServer(
  engine: TestEngine,
  settings: Record<string, string> = {},
): Promise<AccountsServer> {
  const mail = await startMailCatcher();
  const api = await createAuthServer(engine, {
    EMAIL_TRANSPORT: 'smtp',
    EMAIL_SMTP_HOST: '127.0.0.1',
    EMAIL_SMTP_PORT: String(mail.port),
    EMAIL_SMTP_IGNORE_TLS: 'true',
    EMAIL_FROM: 'plinth@example.com',
    PUBLIC_URL,
    PROJECT_NAME: 'Plinth Test',
    MAGIC_LINK_ENABLED: 'true',
    REGISTER_STALL_TIME: '20',
    ...settings,
  });
  const login = async (email: string, password: string, otp?: string) => {
    const response = await api.post('/auth/login', { email, password, ...(otp ? { otp } : {}) });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
    return { authorization: `Bearer ${response.json().data.access_token}` };
  };
  return {
    api,
    mail,
    login,
    async addAdmin(email = 'admin@example.com') {
      await api.addUser({ email, password: 'admin-password', role: ADMIN_ROLE });
      return login(email, 'admin-password');
    },
    async close() {
      await api.close();
      await mail.close();
    },
  };
}

/** Signs a link token with the test server's secret, e.g. one that has already expired. */
export function signTestToken(claims: Record<string, unknown>, expiresAt: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('directus')
    .setIssuedAt(Math.floor(expiresAt / 1000) - 60)
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .sign(new TextEncoder().encode(AUTH_TEST_SETTINGS['SECRET']));
}
