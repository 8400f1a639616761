import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** argon2 parameters for new hashes; verifying reads them from the stored hash instead. */
export interface PasswordHashOptions {
  /** 0 = argon2d, 1 = argon2i, 2 = argon2id (`HASH_TYPE`). @default 2 */
  type?: 0 | 1 | 2;
  /** Memory in KiB (`HASH_MEMORY_COST`). @default the library's (64 MiB) */
  memoryCost?: number;
  /** Iterations (`HASH_TIME_COST`). @default the library's (3) */
  timeCost?: number;
  /** Lanes (`HASH_PARALLELISM`). @default the library's (4) */
  parallelism?: number;
  /** Hash length in bytes (`HASH_LENGTH`). @default 32 */
  hashLength?: number;
  /** Extra data mixed into every hash and stored in it (`HASH_ASSOCIATED_DATA`). */
  associatedData?: string;
}

/** An argon2 hash (argon2id unless told otherwise) in the PHC string form Directus stores. */
export function hashPassword(password: string, options: PasswordHashOptions = {}): Promise<string> {
  const { associatedData, type = argon2.argon2id, ...costs } = options;
  return argon2.hash(password, {
    ...costs,
    type,
    ...(associatedData === undefined ? {} : { associatedData: Buffer.from(associatedData) }),
  });
}

/**
 * Whether `password` matches `hash`. A hash that is not argon2 (or is garbled) never matches; it is
 * not an error, because stored data must not turn a login into a 500.
 */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password with the given parameters. Logins verify against it when the email
 * is unknown, so an unknown email costs the same argon2 work as a wrong password.
 */
export function createDummyPasswordHash(options: PasswordHashOptions = {}): Promise<string> {
  return hashPassword(randomBytes(24).toString('base64url'), options);
}
