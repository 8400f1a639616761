import { randomBytes } from 'node:crypto';
import { InvalidQueryError } from '@plinth/errors';

/** 64 URL-safe symbols, so one random byte masked to its low 6 bits picks one without bias. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The lengths `randomString` accepts, and the one it uses when given none. */
export const RANDOM_STRING_LENGTH = Object.freeze({ min: 1, max: 500, default: 32 });

function toLength(raw: unknown): number {
  if (raw === undefined || raw === null || raw === '') return RANDOM_STRING_LENGTH.default;
  const length = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
  const { min, max } = RANDOM_STRING_LENGTH;
  if (!Number.isInteger(length) || length < min || length > max) {
    throw new InvalidQueryError({ reason: `"length" must be an integer from ${min} to ${max}` });
  }
  return length;
}

/**
 * A random URL-safe string (`GET /utils/random/string`) from the system's cryptographic source, `length`
 * characters long (a number or its text; 32 when absent).
 *
 * @throws INVALID_QUERY when `length` is not an integer from 1 to 500.
 */
export function randomString(length?: unknown): string {
  const bytes = randomBytes(toLength(length));
  let result = '';
  for (const byte of bytes) result += ALPHABET[byte & 63];
  return result;
}
