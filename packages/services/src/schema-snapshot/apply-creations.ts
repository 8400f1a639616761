import { createCollections } from '../collections/create-collections.js';
import type { ServiceContext } from '../context/service-context.js';
import { createField } from '../fields/create-field.js';
import { createRelation } from '../relations/create-relation.js';
import { refreshContext } from './refresh-context.js';
import type { SchemaDiff, SnapshotCollection, SnapshotField, SnapshotRelation } from './snapshot-types.js';

const created = <T>(entry: { diff: Array<{ kind: string; rhs?: unknown }> }) =>
  entry.diff[0]?.kind === 'N' ? (entry.diff[0].rhs as T) : null;

/** New collections (with their new fields), then new fields of existing ones, then new relations. */
export async function applyCreations(ctx: ServiceContext, diff: SchemaDiff): Promise<ServiceContext> {
  let step = ctx;
  const collections = diff.collections
    .map((entry) => created<SnapshotCollection>(entry))
    .filter((entry) => entry !== null);
  const fields = diff.fields.map((entry) => created<SnapshotField>(entry)).filter((entry) => entry !== null);
  const newNames = new Set(collections.map((collection) => collection.collection));
  if (collections.length > 0) {
    await createCollections(
      step,
      collections.map((collection) => ({
        ...collection,
        fields: fields.filter((field) => field.collection === collection.collection),
      })),
    );
    step = await refreshContext(step);
  }
  for (const field of fields.filter((entry) => !newNames.has(entry.collection))) {
    await createField(step, field.collection, field);
    step = await refreshContext(step);
  }
  for (const entry of diff.relations) {
    const relation = created<SnapshotRelation>(entry);
    if (!relation) continue;
    await createRelation(step, relation);
    step = await refreshContext(step);
  }
  return step;
}
