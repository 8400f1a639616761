import { ForbiddenError } from '@plinth/errors';
import { isSystemCollection } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';

/**
 * The data-model writes on `/collections/:c` refuse what does not exist and the system's own
 * collections alike, with the generic 403.
 */
export function assertWritableCollection(ctx: ServiceContext, collection: string): void {
  if (isSystemCollection(collection)) throw new ForbiddenError();
  if (!ctx.schema.collections[collection] && !ctx.schema.folders[collection]) throw new ForbiddenError();
}
