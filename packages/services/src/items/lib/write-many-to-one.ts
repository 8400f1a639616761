import { InvalidPayloadError } from '@plinth/errors';
import { resolveFieldRelation } from '@plinth/schema';
import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import { type WritePosition, writeCreateOne } from './write-create-one.js';
import { writeRowExists } from './write-rows.js';
import type { WriteSession } from './write-session.js';
import { isItemObject } from './write-split-payload.js';
import { writeCollection } from './write-target.js';
import { writeUpdateMany } from './write-update-many.js';

/**
 * A nested item on the "one" side: updated when it carries the key of an existing row, created
 * otherwise. Returns its key.
 */
export async function writeUpsertRelated(
  session: WriteSession,
  collection: string,
  item: Record<string, unknown>,
  position: WritePosition,
): Promise<PrimaryKey> {
  const related = writeCollection(session.ctx, collection);
  const key = item[related.primary];
  if ((typeof key === 'string' || typeof key === 'number') && key !== '') {
    if (await writeRowExists(session.ctx, related, key)) {
      const { [related.primary]: _key, ...changes } = item;
      const [updated] = await writeUpdateMany(session, collection, [key], changes, position);
      return updated ?? key;
    }
  }
  return writeCreateOne(session, collection, item, position);
}

function a2oCollection(
  columns: Record<string, unknown>,
  field: string,
  meta: { one_collection_field: string | null; one_allowed_collections: string[] | null } | null,
): string {
  const collectionField = meta?.one_collection_field ?? '';
  const collection = columns[collectionField];
  if (typeof collection !== 'string' || collection === '') {
    throw new InvalidPayloadError({
      reason: `"${collectionField}" is required to write a nested item into "${field}"`,
    });
  }
  if (!meta?.one_allowed_collections?.includes(collection)) {
    throw new InvalidPayloadError({ reason: `"${collection}" can't be linked through "${field}"` });
  }
  return collection;
}

/**
 * Resolves the m2o and a2o values of a payload before its row is written: a key or null stays, a nested
 * object is created or updated in the related collection and replaced by its key (a2o keys as text,
 * the collection named by the row's `one_collection_field`).
 */
export async function writeManyToOne(
  session: WriteSession,
  overview: CollectionOverview,
  columns: Record<string, unknown>,
  position: WritePosition,
): Promise<Record<string, unknown>> {
  const result = { ...columns };
  for (const [field, value] of Object.entries(columns)) {
    const relation = resolveFieldRelation(session.ctx.schema, overview.collection, field);
    const nested = { path: [...position.path, field], parent: position.parent };
    if (relation?.type === 'm2o' && isItemObject(value)) {
      result[field] = await writeUpsertRelated(session, relation.relation.related_collection!, value, nested);
    } else if (relation?.type === 'a2o' && value !== null && value !== undefined) {
      const collection = a2oCollection(columns, field, relation.relation.meta);
      const key = isItemObject(value) ? await writeUpsertRelated(session, collection, value, nested) : value;
      result[field] = String(key);
    }
  }
  return result;
}
