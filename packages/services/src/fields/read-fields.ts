import { type FieldObject, toFieldObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/**
 * The fields of one collection, or of all of them, in each collection's field order; a non-admin sees
 * only the fields they may read of the collections they may read.
 */
export async function readFields(ctx: ServiceContext, collection?: string): Promise<FieldObject[]> {
  const model = await readableModel(ctx, 'directus_fields');
  if (collection !== undefined && (!ctx.schema.collections[collection] || !isReadable(model, collection))) {
    throw collectionForbidden(collection);
  }
  const names = collection === undefined ? Object.keys(ctx.schema.collections).sort() : [collection];
  return names.flatMap((name) =>
    Object.keys(ctx.schema.collections[name]!.fields)
      .filter((field) => isReadable(model, name, field))
      .map((field) => toFieldObject(ctx.schema, name, field)),
  );
}
