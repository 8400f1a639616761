import { InvalidQueryError } from '@plinth/errors';

/**
 * Creates the one error type this package throws for bad input, so callers (and the fuzz test) can rely on
 * "parses, or fails with INVALID_QUERY".
 */
export function invalidQuery(reason: string): InvalidQueryError {
  return new InvalidQueryError({ reason });
}
