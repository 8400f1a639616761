import type { RelationMeta } from '@plinth/types';
import { decodeCsv, decodeNumber, decodeString } from './lib/decode-values.js';
import type { RelationMetaRow } from './meta-rows.js';

/** Decodes a `directus_relations` row: `one_allowed_collections` from CSV, defaults for missing keys. */
export function toRelationMeta(row: RelationMetaRow): RelationMeta {
  const id = decodeNumber(row.id);
  return {
    ...(id === null ? {} : { id }),
    many_collection: row.many_collection,
    many_field: row.many_field,
    one_collection: decodeString(row.one_collection),
    one_field: decodeString(row.one_field),
    one_collection_field: decodeString(row.one_collection_field),
    one_allowed_collections: decodeCsv(row.one_allowed_collections),
    junction_field: decodeString(row.junction_field),
    sort_field: decodeString(row.sort_field),
    one_deselect_action: row.one_deselect_action === 'delete' ? 'delete' : 'nullify',
  };
}
