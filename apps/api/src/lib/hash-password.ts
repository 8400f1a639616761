import type { PlinthEnv } from '@plinth/env';
import argon2 from 'argon2';

/** An argon2 hash of a password with the HASH_* settings (argon2id unless HASH_TYPE says otherwise). */
export function hashPassword(password: string, env: PlinthEnv): Promise<string> {
  return argon2.hash(password, {
    type: env.HASH_TYPE as 0 | 1 | 2,
    memoryCost: env.HASH_MEMORY_COST,
    timeCost: env.HASH_TIME_COST,
    parallelism: env.HASH_PARALLELISM,
    hashLength: env.HASH_LENGTH,
  });
}
