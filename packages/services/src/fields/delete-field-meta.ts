import type { SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';

/** Relations whose key this field held go, with the alias they fed on the other side. */
async function deleteOwnRelations(
  db: Kysely<any>,
  overview: SchemaOverview,
  collection: string,
  field: string,
) {
  for (const relation of overview.relations) {
    if (relation.collection !== collection || relation.field !== field) continue;
    const oneField = relation.meta?.one_field;
    if (relation.related_collection && oneField) {
      await db
        .deleteFrom('directus_fields')
        .where('collection', '=', relation.related_collection)
        .where('field', '=', oneField)
        .execute();
    }
  }
  await db
    .updateTable('directus_relations')
    .set({ junction_field: null })
    .where('many_collection', '=', collection)
    .where('junction_field', '=', field)
    .execute();
  await db
    .deleteFrom('directus_relations')
    .where('many_collection', '=', collection)
    .where('many_field', '=', field)
    .execute();
}

/**
 * Removes every `directus_*` trace of a field being deleted: its row, the relations it held the key
 * of (and their o2m aliases), its role as the o2m alias of a relation, and its use as a sort or
 * archive field. `overview` is the model before the deletion.
 */
export async function deleteFieldMeta(
  db: Kysely<any>,
  overview: SchemaOverview,
  collection: string,
  field: string,
): Promise<void> {
  await db
    .deleteFrom('directus_fields')
    .where('collection', '=', collection)
    .where('field', '=', field)
    .execute();
  await deleteOwnRelations(db, overview, collection, field);
  await db
    .updateTable('directus_relations')
    .set({ one_field: null })
    .where('one_collection', '=', collection)
    .where('one_field', '=', field)
    .execute();
  await db
    .updateTable('directus_relations')
    .set({ sort_field: null })
    .where('many_collection', '=', collection)
    .where('sort_field', '=', field)
    .execute();
  for (const column of ['sort_field', 'archive_field'] as const) {
    await db
      .updateTable('directus_collections')
      .set({ [column]: null })
      .where('collection', '=', collection)
      .where(column, '=', field)
      .execute();
  }
}
