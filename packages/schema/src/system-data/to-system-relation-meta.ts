import type { RelationMeta } from '@plinth/types';
import type { SystemRelationSpec } from './system-data-types.js';

/** The wire meta of a relation between system collections (no row id: it lives in code, not in a table). */
export function toSystemRelationMeta(spec: SystemRelationSpec): RelationMeta {
  return {
    many_collection: spec.many_collection,
    many_field: spec.many_field,
    one_collection: spec.one_collection,
    one_field: spec.one_field ?? null,
    one_collection_field: null,
    one_allowed_collections: null,
    junction_field: spec.junction_field ?? null,
    sort_field: spec.sort_field ?? null,
    one_deselect_action: spec.one_deselect_action ?? 'nullify',
    system: true,
  };
}
