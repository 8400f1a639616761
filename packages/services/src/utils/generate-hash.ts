import { InvalidPayloadError } from '@plinth/errors';
import { hashPassword } from '../auth/password-hash.js';
import type { ServiceContext } from '../context/service-context.js';

/**
 * An argon2 hash of `value` (`POST /utils/hash/generate`), made with the server's password-hash
 * settings (`HASH_*`) so it verifies wherever a stored password would.
 *
 * @throws INVALID_PAYLOAD when `value` is not a non-empty string.
 */
export function generateHash(ctx: Pick<ServiceContext, 'auth'>, value: unknown): Promise<string> {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidPayloadError({ reason: '"string" is required' });
  }
  return hashPassword(value, ctx.auth?.settings.passwordHash ?? {});
}
