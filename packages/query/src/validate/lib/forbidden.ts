import { ForbiddenError, InvalidQueryError } from '@plinth/errors';

/** Where a field was asked for: `root`, or the relational path leading to its collection. */
export function toQueriedIn(path: readonly string[]): string {
  return path.length === 0 ? 'root' : `"${path.join('.')}"`;
}

/** The 403 for a field that does not exist or may not be read; the two are indistinguishable on purpose. */
export function forbiddenField(field: string, collection: string, path: readonly string[]): ForbiddenError {
  return new ForbiddenError({
    reason: `You don't have permission to access field "${field}" in collection "${collection}" or it does not exist. Queried in ${toQueriedIn(path)}.`,
  });
}

/** The 403 for a collection that does not exist or may not be read. */
export function forbiddenCollection(collection: string, path: readonly string[]): ForbiddenError {
  return new ForbiddenError({
    reason: `You don't have permission to access collection "${collection}" or it does not exist. Queried in ${toQueriedIn(path)}.`,
  });
}

/** The 400 this module throws for a query the schema cannot serve. */
export function invalidQuery(reason: string): InvalidQueryError {
  return new InvalidQueryError({ reason });
}
