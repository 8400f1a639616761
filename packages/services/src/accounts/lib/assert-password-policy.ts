import { FailedValidationError } from '@plinth/errors';
import type { Kysely } from 'kysely';

/** `settings.auth_password_policy` as a RegExp: `/pattern/flags` or a bare pattern; null when unset or broken. */
export function toPasswordPolicy(source: unknown): RegExp | null {
  if (typeof source !== 'string' || source === '') return null;
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(source);
  try {
    return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(source);
  } catch {
    // A policy nobody can satisfy would lock every user out; an unusable one is ignored instead.
    return null;
  }
}

/**
 * Checks a new password against `settings.auth_password_policy`.
 *
 * @throws FAILED_VALIDATION (field `password`, type `regex`) when it does not match.
 */
export async function assertPasswordPolicy(db: Kysely<any>, password: string): Promise<void> {
  const row = await db.selectFrom('directus_settings').select('auth_password_policy').executeTakeFirst();
  const policy = toPasswordPolicy(row?.auth_password_policy);
  if (policy !== null && !policy.test(password)) {
    throw new FailedValidationError({ field: 'password', path: [], type: 'regex' });
  }
}
