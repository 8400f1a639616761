import { ForbiddenError } from '@plinth/errors';
import { type FieldObject, toFieldObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';

/** One field; a missing collection or field is a 403. */
export async function readField(
  ctx: ServiceContext,
  collection: string,
  field: string,
): Promise<FieldObject> {
  assertAdmin(ctx);
  const overview = ctx.schema.collections[collection];
  if (!overview) throw collectionForbidden(collection);
  if (!overview.fields[field]) throw new ForbiddenError();
  return toFieldObject(ctx.schema, collection, field);
}
