import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { PlinthDatabase } from '../plinth-database.js';

/** Runs `select 1` once and returns how long the round trip took, in milliseconds. */
export async function pingDatabase(db: PlinthDatabase): Promise<number> {
  const start = performance.now();
  await sql`select 1`.execute(db.kysely);
  return performance.now() - start;
}
