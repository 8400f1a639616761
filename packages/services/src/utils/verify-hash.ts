import { InvalidPayloadError } from '@plinth/errors';
import argon2 from 'argon2';

/**
 * Whether `value` matches the argon2 `hash` (`POST /utils/hash/verify`).
 *
 * @throws INVALID_PAYLOAD when either is missing, or the hash is not one argon2 can read.
 */
export async function verifyHash(value: unknown, hash: unknown): Promise<boolean> {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidPayloadError({ reason: '"string" is required' });
  }
  if (typeof hash !== 'string' || hash === '')
    throw new InvalidPayloadError({ reason: '"hash" is required' });
  try {
    return await argon2.verify(hash, value);
  } catch {
    throw new InvalidPayloadError({ reason: 'Invalid "hash" or "string"' });
  }
}
