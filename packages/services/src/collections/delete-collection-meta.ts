import type { SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';

/** Takes `collection` out of the allowed list of every many-to-any relation that names it. */
async function forgetAllowedCollection(db: Kysely<any>, overview: SchemaOverview, collection: string) {
  for (const relation of overview.relations) {
    const allowed = relation.meta?.one_allowed_collections;
    if (relation.collection === collection || !allowed?.includes(collection)) continue;
    const rest = allowed.filter((name) => name !== collection);
    await db
      .updateTable('directus_relations')
      .set({ one_allowed_collections: rest.length > 0 ? rest.join(',') : null })
      .where('many_collection', '=', relation.collection)
      .where('many_field', '=', relation.field)
      .execute();
  }
}

/** The relation rows on either side of `collection`, and what only made sense with them. */
async function deleteRelationMeta(db: Kysely<any>, overview: SchemaOverview, collection: string) {
  for (const relation of overview.relations) {
    const oneField = relation.meta?.one_field;
    if (relation.collection === collection && relation.related_collection && oneField) {
      // The o2m alias on the other side listed this collection's rows.
      await db
        .deleteFrom('directus_fields')
        .where('collection', '=', relation.related_collection)
        .where('field', '=', oneField)
        .execute();
    }
    if (relation.related_collection === collection && relation.collection !== collection) {
      // A junction whose far side goes: its other half no longer leads anywhere through it.
      await db
        .updateTable('directus_relations')
        .set({ junction_field: null })
        .where('many_collection', '=', relation.collection)
        .where('junction_field', '=', relation.field)
        .execute();
    }
  }
  await db.deleteFrom('directus_relations').where('many_collection', '=', collection).execute();
  await db.deleteFrom('directus_relations').where('one_collection', '=', collection).execute();
  await forgetAllowedCollection(db, overview, collection);
}

/** Tables whose rows are about items of one collection (`collection` column): they go with it. */
const ITEM_HISTORY_TABLES = ['directus_presets', 'directus_comments', 'directus_versions', 'directus_shares'];

/** The history of the collection's items: revisions (through their activity rows), then the activity. */
async function deleteHistory(db: Kysely<any>, collection: string): Promise<void> {
  const revisions = await db
    .selectFrom('directus_revisions')
    .select('id')
    .where('collection', '=', collection)
    .execute();
  const ids = revisions.map((revision) => revision.id);
  // Nested writes link revisions of other collections to these as their parent.
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await db.updateTable('directus_revisions').set({ parent: null }).where('parent', 'in', chunk).execute();
  }
  await db.deleteFrom('directus_revisions').where('collection', '=', collection).execute();
  await db.deleteFrom('directus_activity').where('collection', '=', collection).execute();
  for (const table of ITEM_HISTORY_TABLES)
    await db.deleteFrom(table).where('collection', '=', collection).execute();
}

/**
 * Removes every `directus_*` row about a collection being deleted: its relations (both sides) with
 * the aliases they fed, its fields, its permissions, presets, comments, versions, shares, activity
 * and revisions, and its own row; collections grouped under it move to the top level. `overview` is
 * the model before the deletion.
 */
export async function deleteCollectionMeta(
  db: Kysely<any>,
  overview: SchemaOverview,
  collection: string,
): Promise<void> {
  await deleteRelationMeta(db, overview, collection);
  await db.deleteFrom('directus_fields').where('collection', '=', collection).execute();
  await db.deleteFrom('directus_permissions').where('collection', '=', collection).execute();
  await deleteHistory(db, collection);
  await db.updateTable('directus_collections').set({ group: null }).where('group', '=', collection).execute();
  await db.deleteFrom('directus_collections').where('collection', '=', collection).execute();
}
