import { randomUUID } from 'node:crypto';
import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import { stall } from '../auth/lib/stall.js';
import { hashPassword } from '../auth/password-hash.js';
import type { AccountContext } from './account-runtime.js';
import { assertPasswordPolicy } from './lib/assert-password-policy.js';
import { findAccountByEmail } from './lib/find-account.js';
import { isUrlAllowed } from './lib/is-url-allowed.js';
import { linkWithToken, publicLink } from './lib/link-with-token.js';
import { signScopedToken } from './lib/scoped-token.js';
import { sendAccountMailInBackground } from './lib/send-account-mail.js';

/** The body of `POST /users/register`. */
export interface RegisterInput {
  email: string;
  password: string;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  /** Where the verification link points; must be on `USER_REGISTER_URL_ALLOW_LIST`. */
  verificationUrl?: string | undefined;
}

interface RegistrationSettings {
  open: boolean;
  role: string | null;
  verifyEmail: boolean;
}

async function fetchRegistrationSettings(ctx: AccountContext): Promise<RegistrationSettings> {
  const row = await ctx.db
    .selectFrom('directus_settings')
    .select(['public_registration', 'public_registration_role', 'public_registration_verify_email'])
    .executeTakeFirst();
  return {
    open: Boolean(row?.public_registration),
    role: row?.public_registration_role ? String(row.public_registration_role) : null,
    // The column defaults to true: verification is on unless turned off.
    verifyEmail:
      row?.public_registration_verify_email !== false && row?.public_registration_verify_email !== 0,
  };
}

/**
 * `POST /users/register`, when `settings.public_registration` allows it: creates a local user with
 * `public_registration_role`. With `public_registration_verify_email` the user is `unverified` and gets
 * an email with a link (scope `pending-registration`, valid `EMAIL_VERIFICATION_TOKEN_TTL`); otherwise
 * they are active at once. An email that already has an account is silently skipped, and every call
 * takes at least `REGISTER_STALL_TIME`, so the answer never tells which emails exist.
 *
 * @throws FORBIDDEN when registration is closed; INVALID_PAYLOAD for a disallowed `verificationUrl`;
 * FAILED_VALIDATION when the password breaks the policy.
 */
export async function registerUser(ctx: AccountContext, input: RegisterInput): Promise<void> {
  const startedAt = performance.now();
  const { settings } = ctx.accounts;
  const registration = await fetchRegistrationSettings(ctx);
  if (!registration.open) throw new ForbiddenError();
  if (
    input.verificationUrl !== undefined &&
    !isUrlAllowed(input.verificationUrl, settings.registerUrlAllowList)
  ) {
    throw new InvalidPayloadError({
      reason: `URL "${input.verificationUrl}" can't be used to verify emails`,
    });
  }
  await assertPasswordPolicy(ctx.db, input.password);
  const email = input.email.trim();

  if (!(await findAccountByEmail(ctx.db, email))) {
    await ctx.db
      .insertInto('directus_users')
      .values({
        id: randomUUID(),
        email,
        password: await hashPassword(input.password, ctx.auth.settings.passwordHash),
        first_name: input.firstName ?? null,
        last_name: input.lastName ?? null,
        role: registration.role,
        status: registration.verifyEmail ? 'unverified' : 'active',
        provider: 'default',
      })
      .execute();
    if (registration.verifyEmail) {
      const token = await signScopedToken(
        { scope: 'pending-registration', email },
        ctx.auth.signingKey,
        settings.verificationTtl,
      );
      const base = input.verificationUrl ?? publicLink(settings.publicUrl, '/users/register/verify-email');
      sendAccountMailInBackground(ctx.accounts, {
        to: email,
        template: 'user-registration',
        url: linkWithToken(base, token),
        ttl: settings.verificationTtl,
      });
    }
  }
  await stall(settings.registerStallTime, startedAt);
}
