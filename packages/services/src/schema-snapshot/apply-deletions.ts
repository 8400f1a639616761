import { deleteCollection } from '../collections/delete-collection.js';
import type { ServiceContext } from '../context/service-context.js';
import { deleteField } from '../fields/delete-field.js';
import { deleteRelation } from '../relations/delete-relation.js';
import { refreshContext } from './refresh-context.js';
import type { SchemaDiff } from './snapshot-types.js';

const isDelete = (entry: { diff: Array<{ kind: string }> }) => entry.diff[0]?.kind === 'D';

/** Relations first, then fields of collections that stay, then collections (which take their fields along). */
export async function applyDeletions(ctx: ServiceContext, diff: SchemaDiff): Promise<void> {
  let step = ctx;
  const doomed = new Set(diff.collections.filter(isDelete).map((entry) => entry.collection));
  for (const entry of diff.relations.filter(isDelete)) {
    await deleteRelation(step, entry.collection, entry.field);
    step = await refreshContext(step);
  }
  for (const entry of diff.fields.filter(isDelete)) {
    if (doomed.has(entry.collection)) continue;
    await deleteField(step, entry.collection, entry.field);
    step = await refreshContext(step);
  }
  for (const collection of doomed) {
    await deleteCollection(step, collection);
    step = await refreshContext(step);
  }
}
