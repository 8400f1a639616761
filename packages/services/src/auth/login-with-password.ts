import {
  InvalidCredentialsError,
  InvalidOtpError,
  type PlinthError,
  UserSuspendedError,
} from '@plinth/errors';
import { sql } from 'kysely';
import type { AuthContext, AuthMode, LoginTokens } from './auth-context.js';
import { issueLogin } from './issue-login.js';
import { eventContext } from './lib/event-context.js';
import { fetchLoginAttempts } from './lib/fetch-login-attempts.js';
import type { RequestOrigin } from './lib/request-origin.js';
import { stall } from './lib/stall.js';
import { verifyOtp } from './otp.js';
import { verifyPassword } from './password-hash.js';
import { suspendUser } from './suspend-user.js';

/** The provider name of email/password users (`directus_users.provider`). */
export const DEFAULT_PROVIDER = 'default';

/** The credentials of `POST /auth/login`. */
export interface PasswordLoginInput {
  email: string;
  password: string;
  /** The current TOTP code, for users with two-factor on. */
  otp?: string | undefined;
}

/** Options of {@link loginWithPassword}. */
export interface PasswordLoginOptions extends RequestOrigin {
  mode: AuthMode;
}

interface LocalUser {
  id: string;
  password: string | null;
  status: string;
  provider: string;
  tfaSecret: string | null;
}

async function findLocalUser(ctx: AuthContext, email: string): Promise<LocalUser | undefined> {
  const row = await ctx.db
    .selectFrom('directus_users')
    .select(['id', 'password', 'status', 'provider', 'tfa_secret'])
    .where(sql`lower(${sql.ref('email')})`, '=', email)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: String(row.id),
    password: row.password === null ? null : String(row.password),
    status: String(row.status),
    provider: String(row.provider),
    tfaSecret: row.tfa_secret ? String(row.tfa_secret) : null,
  };
}

/** Counts a failure in a row for a known user; the one that reaches `auth_login_attempts` suspends them. */
async function countFailure(ctx: AuthContext, userId: string): Promise<void> {
  const allowed = await fetchLoginAttempts(ctx.db);
  const failures = await ctx.auth.failures.add(userId);
  if (allowed !== null && failures >= allowed) {
    await suspendUser(ctx, userId);
    await ctx.auth.failures.reset(userId);
  }
}

/**
 * Email and password login (the `default` provider): the account and IP throttle first, then the
 * password (an unknown email is checked against a dummy hash, and every failure lasts at least
 * `LOGIN_STALL_TIME`, so neither timing nor answer tells which emails exist), then the status and,
 * for users with two-factor on, the TOTP code. `settings.auth_login_attempts` failures in a row
 * suspend the user.
 *
 * @throws REQUESTS_EXCEEDED (429) when the account or IP is throttled; INVALID_CREDENTIALS for a wrong
 * email or password, a user of another provider or an inactive user; USER_SUSPENDED for a suspended
 * user with the right password; INVALID_OTP for a missing or wrong code.
 */
export async function loginWithPassword(
  ctx: AuthContext,
  input: PasswordLoginInput,
  options: PasswordLoginOptions,
): Promise<LoginTokens> {
  const startedAt = performance.now();
  const email = input.email.trim().toLowerCase();
  const keys = { account: email, ip: options.ip };
  await ctx.auth.throttle.begin(keys);

  const refuse = async (error: PlinthError, failedUser?: string): Promise<never> => {
    if (failedUser !== undefined) await countFailure(ctx, failedUser);
    void ctx.events?.emitAction(
      'auth.login',
      { status: 'fail', user: failedUser ?? null, provider: DEFAULT_PROVIDER },
      eventContext(ctx),
    );
    await stall(ctx.auth.settings.loginStallTime, startedAt);
    throw error;
  };

  const user = await findLocalUser(ctx, email);
  const hash = user?.password ?? (await ctx.auth.dummyPasswordHash());
  const passwordMatches = await verifyPassword(hash, input.password);
  if (!user || !passwordMatches || user.provider !== DEFAULT_PROVIDER) {
    // Only an active account counts towards suspension: an invited one must not be suspended by guesses.
    return refuse(new InvalidCredentialsError(), user?.status === 'active' ? user.id : undefined);
  }
  if (user.status !== 'active') {
    // The status of an account is only told to someone who knows its password.
    return refuse(user.status === 'suspended' ? new UserSuspendedError() : new InvalidCredentialsError());
  }
  if (user.tfaSecret !== null && !verifyOtp(user.tfaSecret, input.otp)) {
    return refuse(new InvalidOtpError(), user.id);
  }

  await ctx.auth.throttle.succeeded(keys);
  await ctx.auth.failures.reset(user.id);
  return issueLogin(ctx, user, { ...options, provider: DEFAULT_PROVIDER });
}
