import { ForbiddenError } from '@plinth/errors';
import { type FieldObject, toFieldObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/** One field; a missing collection or field, or one a non-admin may not read, is a 403. */
export async function readField(
  ctx: ServiceContext,
  collection: string,
  field: string,
): Promise<FieldObject> {
  const model = await readableModel(ctx, 'directus_fields');
  const overview = ctx.schema.collections[collection];
  if (!overview || !isReadable(model, collection)) throw collectionForbidden(collection);
  if (!overview.fields[field] || !isReadable(model, collection, field)) throw new ForbiddenError();
  return toFieldObject(ctx.schema, collection, field);
}
