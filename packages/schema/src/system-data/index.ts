export { isSystemCollection } from './is-system-collection.js';
export { systemCollections } from './system-collections.js';
export type { SystemCollectionSpec, SystemFieldSpec, SystemRelationSpec } from './system-data-types.js';
export { systemRelations } from './system-relations.js';
export { toSystemCollectionMeta } from './to-system-collection-meta.js';
export { toSystemColumnTypes } from './to-system-column-types.js';
export { toSystemFieldMeta } from './to-system-field-meta.js';
export { type SystemMetaIndex, toSystemMetaIndex } from './to-system-meta-index.js';
export { toSystemRelationMeta } from './to-system-relation-meta.js';
