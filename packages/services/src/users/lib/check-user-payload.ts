import { FailedValidationError, InvalidPayloadError } from '@plinth/errors';
import type { Kysely } from 'kysely';
import { assertPasswordPolicy } from '../../accounts/lib/assert-password-policy.js';
import type { ServiceContext } from '../../context/service-context.js';
import { USER_STATUSES } from './parse-user-payload.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalid(reason: string): never {
  throw new InvalidPayloadError({ reason });
}

/** Set only by the identity provider or an admin: a change also drops the provider's stored data. */
const PROVIDER_FIELDS = ['provider', 'external_identifier'] as const;

/**
 * The rules a `/users` payload obeys beyond field permissions, before the items machinery writes it:
 * `status` one of the user statuses, `email` well formed, a new `password` within the password policy
 * (the machinery hashes it), `tfa_secret` never set by hand (two-factor has its own routes), `provider`
 * and `external_identifier` only by admins (and then `auth_data` is cleared). Returns the payload to write.
 *
 * @throws INVALID_PAYLOAD for a non-object or a refused value; FAILED_VALIDATION for a malformed email
 * or a password the policy refuses.
 */
export async function checkUserPayload(
  ctx: Pick<ServiceContext, 'accountability'> & { db: Kysely<any> },
  raw: unknown,
): Promise<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    invalid('"value" must be of type object');
  const payload: Record<string, unknown> = { ...raw };
  const status = payload['status'];
  if (status !== undefined && !(USER_STATUSES as readonly unknown[]).includes(status)) {
    invalid(`"status" must be one of [${USER_STATUSES.join(', ')}]`);
  }
  const email = payload['email'];
  if (email !== undefined && email !== null) {
    if (typeof email !== 'string') invalid('"email" must be a string');
    if (!EMAIL.test(email)) throw new FailedValidationError({ field: 'email', path: [], type: 'email' });
  }
  if (payload['tfa_secret'] !== undefined) invalid(`You can't change the "tfa_secret" value manually`);
  const admin = ctx.accountability === null || ctx.accountability.admin;
  for (const field of PROVIDER_FIELDS) {
    if (payload[field] === undefined) continue;
    if (!admin) invalid(`You can't change the "${field}" value manually`);
    payload['auth_data'] = null;
  }
  const password = payload['password'];
  if (password !== undefined && password !== null) {
    if (typeof password !== 'string' || password === '') invalid('"password" must be a non-empty string');
    await assertPasswordPolicy(ctx.db, password);
  }
  return payload;
}

/** Whether writing `payload` must end the user's sessions: a new password, or a status other than active. */
export function endsSessions(payload: Record<string, unknown>): boolean {
  const status = payload['status'];
  return payload['password'] !== undefined || (status !== undefined && status !== 'active');
}
