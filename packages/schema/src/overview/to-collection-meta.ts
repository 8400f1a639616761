import type { CollectionAccountability } from '@plinth/types';
import { decodeBoolean, decodeJson, decodeNumber, decodeString } from './lib/decode-values.js';
import type { CollectionMetaRow } from './meta-rows.js';
import type { CollectionMeta } from './wire-types.js';

function toAccountability(value: unknown): CollectionAccountability {
  // A missing key means the column default; a stored NULL means "track nothing".
  if (value === undefined) return 'all';
  return value === 'all' || value === 'activity' ? value : null;
}

function toCollapse(value: unknown): CollectionMeta['collapse'] {
  return value === 'closed' || value === 'locked' ? value : 'open';
}

/** Decodes a `directus_collections` row into the wire meta, applying the table's column defaults. */
export function toCollectionMeta(row: CollectionMetaRow): CollectionMeta {
  return {
    collection: row.collection,
    icon: decodeString(row.icon),
    note: decodeString(row.note),
    display_template: decodeString(row.display_template),
    hidden: decodeBoolean(row.hidden, false),
    singleton: decodeBoolean(row.singleton, false),
    translations: decodeJson(row.translations),
    archive_field: decodeString(row.archive_field),
    archive_app_filter: decodeBoolean(row.archive_app_filter, true),
    archive_value: decodeString(row.archive_value),
    unarchive_value: decodeString(row.unarchive_value),
    sort_field: decodeString(row.sort_field),
    accountability: toAccountability(row.accountability),
    color: decodeString(row.color),
    item_duplication_fields: decodeJson(row.item_duplication_fields),
    sort: decodeNumber(row.sort),
    group: decodeString(row.group),
    collapse: toCollapse(row.collapse),
    preview_url: decodeString(row.preview_url),
    versioning: decodeBoolean(row.versioning, false),
  };
}
