import { type FieldObject, toFieldObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';

/** The fields of one collection, or of all of them, in each collection's field order. */
export async function readFields(ctx: ServiceContext, collection?: string): Promise<FieldObject[]> {
  assertAdmin(ctx);
  if (collection !== undefined && !ctx.schema.collections[collection]) throw collectionForbidden(collection);
  const names = collection === undefined ? Object.keys(ctx.schema.collections).sort() : [collection];
  return names.flatMap((name) =>
    Object.keys(ctx.schema.collections[name]!.fields).map((field) => toFieldObject(ctx.schema, name, field)),
  );
}
