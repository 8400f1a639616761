import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a stored value, hex; `null` digests as the empty string. Link tokens carry it to
 * bind themselves to that value without revealing it: once the value changes, the token is dead.
 */
export function digest(value: string | null): string {
  return createHash('sha256')
    .update(value ?? '')
    .digest('hex');
}
