import { ForbiddenError } from '@plinth/errors';

/** The 403 for a collection that does not exist or may not be seen; the two are indistinguishable. */
export function collectionForbidden(collection: string): ForbiddenError {
  return new ForbiddenError({
    reason: `You don't have permission to access collection "${collection}" or it does not exist. Queried in root.`,
  });
}
