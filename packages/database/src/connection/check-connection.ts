import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { getDialectStrategy } from '../dialects/get-dialect-strategy.js';
import type { PlinthDatabase } from '../plinth-database.js';
import { DatabaseUnavailableError } from './database-unavailable-error.js';
import { toFailureReason } from './to-failure-reason.js';

/** Options for {@link checkConnection}. */
export interface CheckConnectionOptions {
  /** How many times to try again after the first failure. @default 5 */
  retries?: number;
  /** Pause before each retry, in milliseconds. @default 1000 */
  delayMs?: number;
  /** Called before each retry with its number (1 for the first retry) and the last error. */
  onRetry?: (attempt: number, error: Error) => void;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Runs `select 1`, retrying while the database is still starting, and throws a
 * {@link DatabaseUnavailableError} with a one-line, credential-free message when it never answers.
 */
export async function checkConnection(
  db: PlinthDatabase,
  options: CheckConnectionOptions = {},
): Promise<void> {
  const retries = Math.max(0, options.retries ?? 5);
  const delayMs = Math.max(0, options.delayMs ?? 1000);
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      options.onRetry?.(attempt, toError(lastError));
      await sleep(delayMs);
    }
    try {
      await sql`select 1`.execute(db.kysely);
      return;
    } catch (error) {
      lastError = error;
    }
  }
  const strategy = getDialectStrategy(db.client);
  const reason = toFailureReason(lastError);
  const attempts = retries + 1;
  const where = db.client === 'sqlite' ? `SQLite database ${db.target}` : `${strategy.label} at ${db.target}`;
  throw new DatabaseUnavailableError(
    `Could not connect to ${where} (${reason}) after ${attempts} ${attempts === 1 ? 'try' : 'tries'}. ${strategy.connectionHint}`,
    { client: db.client, target: db.target, attempts, reason },
    { cause: lastError },
  );
}
