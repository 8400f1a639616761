import type { RelationMeta } from '@plinth/types';
import type { CollectionMeta, FieldMeta } from '../overview/wire-types.js';
import { systemCollections } from './system-collections.js';
import { systemRelations } from './system-relations.js';
import { toSystemCollectionMeta } from './to-system-collection-meta.js';
import { toSystemFieldMeta } from './to-system-field-meta.js';
import { toSystemRelationMeta } from './to-system-relation-meta.js';

/** The system data as wire meta, indexed for merging with a database. */
export interface SystemMetaIndex {
  /** Collection name to its meta. */
  collections: Map<string, CollectionMeta>;
  /** Collection name to its field metas, in declaration order. */
  fields: Map<string, FieldMeta[]>;
  relations: RelationMeta[];
}

/** Builds the wire meta of every system collection, field and relation. */
export function toSystemMetaIndex(): SystemMetaIndex {
  const collections = new Map<string, CollectionMeta>();
  const fields = new Map<string, FieldMeta[]>();
  for (const spec of systemCollections) {
    collections.set(spec.collection, toSystemCollectionMeta(spec));
    fields.set(
      spec.collection,
      spec.fields.map((field, index) => toSystemFieldMeta(spec.collection, field, index + 1)),
    );
  }
  return { collections, fields, relations: systemRelations.map(toSystemRelationMeta) };
}
