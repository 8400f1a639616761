import type { CollectionMeta } from '../overview/wire-types.js';
import type { SystemCollectionSpec } from './system-data-types.js';

/** The wire meta of a system collection: Directus's defaults overlaid with what the spec declares. */
export function toSystemCollectionMeta(spec: SystemCollectionSpec): CollectionMeta {
  return {
    collection: spec.collection,
    icon: null,
    note: `$t:directus_collection.${spec.collection}`,
    display_template: null,
    hidden: false,
    singleton: false,
    translations: null,
    archive_field: null,
    archive_app_filter: true,
    archive_value: null,
    unarchive_value: null,
    sort_field: null,
    accountability: 'all',
    color: null,
    item_duplication_fields: null,
    sort: null,
    group: null,
    collapse: 'open',
    preview_url: null,
    versioning: false,
    ...spec.meta,
    system: true,
  };
}
