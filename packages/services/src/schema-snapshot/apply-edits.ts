import { updateCollection } from '../collections/update-collection.js';
import type { ServiceContext } from '../context/service-context.js';
import { updateField } from '../fields/update-field.js';
import { updateRelation } from '../relations/update-relation.js';
import { applyDiffRecords } from './apply-diff-records.js';
import { changedKeys } from './changed-keys.js';
import { refreshContext } from './refresh-context.js';
import type { SchemaDiff, Snapshot, SnapshotSystemField } from './snapshot-types.js';
import { toPortableField, toPortableRelation } from './to-portable.js';

const isEdit = (entry: { diff: Array<{ kind: string }> }) =>
  entry.diff[0]?.kind !== 'N' && entry.diff[0]?.kind !== 'D';
const sameKey = (a: { collection: string; field?: string }) => (b: { collection: string; field?: string }) =>
  a.collection === b.collection && a.field === b.field;

/**
 * Changes to things on both sides: collection meta, fields (only the keys that differ, so a changed
 * note does not rebuild a column), relations, and indexes on system fields.
 */
export async function applyEdits(
  ctx: ServiceContext,
  diff: SchemaDiff,
  current: Snapshot,
): Promise<ServiceContext> {
  let step = ctx;
  for (const entry of diff.collections.filter(isEdit)) {
    const before = current.collections.find(sameKey(entry))!;
    await updateCollection(step, entry.collection, { meta: applyDiffRecords(before, entry.diff).meta });
    step = await refreshContext(step);
  }
  for (const entry of diff.fields.filter(isEdit)) {
    const before = toPortableField(current.fields.find(sameKey(entry))!);
    const after = applyDiffRecords(before, entry.diff);
    const schema = changedKeys(before.schema, after.schema);
    const body = {
      ...(after.type !== before.type ? { type: after.type } : {}),
      ...(Object.keys(schema).length > 0 || after.type !== before.type ? { schema } : {}),
      ...(JSON.stringify(after.meta) !== JSON.stringify(before.meta) ? { meta: after.meta } : {}),
    };
    await updateField(step, entry.collection, entry.field, body);
    step = await refreshContext(step);
  }
  for (const entry of diff.relations.filter(isEdit)) {
    const before = toPortableRelation(current.relations.find(sameKey(entry))!);
    const after = applyDiffRecords(before, entry.diff);
    await updateRelation(step, entry.collection, entry.field, { schema: after.schema, meta: after.meta });
    step = await refreshContext(step);
  }
  for (const entry of diff.systemFields) {
    const before: SnapshotSystemField = current.systemFields.find(sameKey(entry)) ?? {
      collection: entry.collection,
      field: entry.field,
      schema: { is_indexed: false },
    };
    const after =
      entry.diff[0]?.kind === 'D' ? { schema: { is_indexed: false } } : applyDiffRecords(before, entry.diff);
    await updateField(step, entry.collection, entry.field, {
      schema: { is_indexed: after.schema.is_indexed === true },
    });
    step = await refreshContext(step);
  }
  return step;
}
