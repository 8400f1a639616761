export type { CollectionPayload, FieldPayload } from './collections/collection-input.js';
export { createCollection } from './collections/create-collection.js';
export { createCollections } from './collections/create-collections.js';
export { deleteCollection } from './collections/delete-collection.js';
export { readCollection } from './collections/read-collection.js';
export { readCollections } from './collections/read-collections.js';
export { readCollectionsByKeys } from './collections/read-collections-by-keys.js';
export { updateCollection } from './collections/update-collection.js';
export { updateCollections } from './collections/update-collections.js';
export { assertAdmin } from './context/assert-admin.js';
export {
  defaultServiceLimits,
  type SchemaSource,
  type ServiceContext,
  type ServiceLimits,
} from './context/service-context.js';
export { withTransaction } from './context/with-transaction.js';
export {
  type ActionHandler,
  createEventBus,
  type EventBus,
  type EventBusOptions,
  type EventContext,
  type EventMeta,
  type FilterHandler,
} from './events/create-event-bus.js';
export { createField } from './fields/create-field.js';
export { deleteField } from './fields/delete-field.js';
export { readField } from './fields/read-field.js';
export { readFields } from './fields/read-fields.js';
export { updateField } from './fields/update-field.js';
export { updateFields } from './fields/update-fields.js';
export { createItem } from './items/create-item.js';
export { createItems } from './items/create-items.js';
export { deleteItem } from './items/delete-item.js';
export { deleteItemsByKeys } from './items/delete-items-by-keys.js';
export { deleteItemsByQuery } from './items/delete-items-by-query.js';
export { readItem } from './items/read-item.js';
export { type ReadItemsResult, readItems } from './items/read-items.js';
export { readItemsByKeys } from './items/read-items-by-keys.js';
export { readSingleton } from './items/read-singleton.js';
export { updateBatch } from './items/update-batch.js';
export { updateItem } from './items/update-item.js';
export { updateItemsByKeys } from './items/update-items-by-keys.js';
export { updateItemsByQuery } from './items/update-items-by-query.js';
export { upsertSingleton } from './items/upsert-singleton.js';
export { collectionForbidden } from './lib/collection-forbidden.js';
export { createRelation } from './relations/create-relation.js';
export { deleteRelation } from './relations/delete-relation.js';
export { readRelation } from './relations/read-relation.js';
export { readRelations } from './relations/read-relations.js';
export { updateRelation } from './relations/update-relation.js';
export { type ApplySchemaDiffOptions, applySchemaDiff } from './schema-snapshot/apply-schema-diff.js';
export { createSnapshot } from './schema-snapshot/create-snapshot.js';
export { diffSchema } from './schema-snapshot/diff-schema.js';
export { diffSnapshots } from './schema-snapshot/diff-snapshots.js';
export { hashSnapshot } from './schema-snapshot/hash-snapshot.js';
export { parseSnapshot } from './schema-snapshot/parse-snapshot.js';
export type {
  DiffRecord,
  SchemaDiff,
  Snapshot,
  SnapshotCollection,
  SnapshotField,
  SnapshotRelation,
  SnapshotSystemField,
  SnapshotVendor,
} from './schema-snapshot/snapshot-types.js';
export { toSnapshotYaml } from './schema-snapshot/to-snapshot-yaml.js';
