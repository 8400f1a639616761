import type { DatabaseClient } from '@plinth/types';

/** What {@link DatabaseUnavailableError} knows about the failed connection. */
export interface DatabaseUnavailableDetails {
  client: DatabaseClient;
  /** `host:port` or the SQLite file. */
  target: string;
  /** How many connection attempts were made. */
  attempts: number;
  /** Short reason such as `ECONNREFUSED`. */
  reason: string;
}

/**
 * Thrown at boot when the database cannot be reached. The message is a single line that names
 * the engine, where it was looked for and what to check, and never contains credentials.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  /** Stable code for callers that branch on it. */
  readonly code = 'DATABASE_UNAVAILABLE';
  readonly details: DatabaseUnavailableDetails;

  constructor(message: string, details: DatabaseUnavailableDetails, options?: ErrorOptions) {
    super(message, options);
    this.details = details;
  }
}
