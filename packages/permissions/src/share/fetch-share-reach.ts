import type { Filter, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';
import type { ShareScope } from './fetch-share-scope.js';

/** Which rows of one collection a share reaches: those matching `filter`. */
export interface ShareReach {
  collection: string;
  filter: Filter;
}

// Keys are stored as text or numbers; the compiler coerces them to the field's type.
const keyIs = (field: string, value: unknown): Filter => ({ [field]: { _eq: value as string } });
const keyIn = (field: string, values: readonly unknown[]): Filter => ({
  [field]: { _in: values.map((value) => value as string) },
});

const KEY_SHAPES: Partial<Record<string, RegExp>> = {
  integer: /^-?\d+$/,
  bigInteger: /^-?\d+$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** The distinct non-null values of `column` in the rows of `table` where `where` equals `value`. */
async function fetchColumn(
  db: Kysely<any>,
  table: string,
  column: string,
  where: string,
  value: unknown,
): Promise<unknown[]> {
  const rows = await db.selectFrom(table).select(column).where(where, '=', value).execute();
  const values = rows.map((row) => (row as Record<string, unknown>)[column]);
  return [...new Set(values.filter((entry) => entry !== null && entry !== undefined))];
}

/**
 * The rows a share reaches: the shared item itself, the items its many-to-one fields point at, the
 * rows of one-to-many relations pointing at it, and through a junction the items on its far side
 * (many-to-many). Deeper relations are not reached. Keys are read now, so the reach follows the item
 * as it is when the request is made.
 */
export async function fetchShareReach(
  db: Kysely<any>,
  schema: SchemaOverview,
  scope: ShareScope,
): Promise<ShareReach[]> {
  const root = schema.collections[scope.collection];
  const keyField = root?.fields[root.primary];
  // A stored key that cannot exist in the key column reaches nothing (and must not reach the database).
  if (!root || !keyField || KEY_SHAPES[keyField.type]?.test(scope.item) === false) return [];
  const reach: ShareReach[] = [{ collection: root.collection, filter: keyIs(root.primary, scope.item) }];
  for (const relation of schema.relations) {
    const related = relation.related_collection ? schema.collections[relation.related_collection] : undefined;
    if (relation.collection === root.collection && related?.primary) {
      const keys = await fetchColumn(db, root.collection, relation.field, root.primary, scope.item);
      if (keys.length > 0)
        reach.push({ collection: related.collection, filter: keyIn(related.primary, keys) });
    }
    if (relation.related_collection !== root.collection || !schema.collections[relation.collection]) continue;
    reach.push({ collection: relation.collection, filter: keyIs(relation.field, scope.item) });
    const junctionField = relation.meta?.junction_field;
    const far = schema.relations.find(
      (candidate) => candidate.collection === relation.collection && candidate.field === junctionField,
    );
    const farCollection = far?.related_collection ? schema.collections[far.related_collection] : undefined;
    if (!far || !farCollection?.primary) continue;
    const keys = await fetchColumn(db, relation.collection, far.field, relation.field, scope.item);
    if (keys.length > 0)
      reach.push({ collection: farCollection.collection, filter: keyIn(farCollection.primary, keys) });
  }
  return reach;
}
