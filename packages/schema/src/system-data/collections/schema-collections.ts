import { divider, uuidId } from '../lib/field-helpers.js';
import type { SystemCollectionSpec, SystemFieldSpec } from '../system-data-types.js';

const collectionDivider = (field: string) => divider(field);

const collections: SystemCollectionSpec = {
  collection: 'directus_collections',
  meta: { icon: 'database' },
  fields: [
    collectionDivider('collection_divider'),
    { field: 'collection', interface: 'input', readonly: true, width: 'half' },
    { field: 'note', interface: 'input', width: 'half' },
    { field: 'icon', interface: 'select-icon', width: 'half' },
    { field: 'color', interface: 'select-color', width: 'half' },
    { field: 'display_template', interface: 'system-display-template' },
    { field: 'hidden', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    { field: 'singleton', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    { field: 'translations', special: ['cast-json'], interface: 'list' },
    collectionDivider('preview_divider'),
    { field: 'preview_url', interface: 'system-display-template' },
    collectionDivider('content_versioning_divider'),
    { field: 'versioning', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    collectionDivider('archive_divider'),
    { field: 'archive_field', interface: 'system-field', width: 'half' },
    { field: 'archive_app_filter', special: ['cast-boolean'], interface: 'boolean', width: 'half' },
    { field: 'archive_value', interface: 'input', width: 'half' },
    { field: 'unarchive_value', interface: 'input', width: 'half' },
    collectionDivider('sort_divider'),
    { field: 'sort_field', interface: 'system-field', width: 'half' },
    collectionDivider('accountability_divider'),
    { field: 'accountability', interface: 'select-dropdown', width: 'half' },
    collectionDivider('duplication_divider'),
    { field: 'item_duplication_fields', special: ['cast-json'], interface: 'system-field-tree' },
    { field: 'sort', hidden: true },
    { field: 'group', hidden: true },
    { field: 'collapse', hidden: true },
  ],
};

const half = (field: string, extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec => ({
  field,
  width: 'half',
  ...extra,
});
const hiddenHalf = (field: string, special?: SystemFieldSpec['special']): SystemFieldSpec =>
  special ? half(field, { hidden: true, special }) : half(field, { hidden: true });

const fields: SystemCollectionSpec = {
  collection: 'directus_fields',
  meta: { icon: 'input' },
  fields: [
    half('id'),
    half('collection'),
    half('field'),
    hiddenHalf('special', ['cast-csv']),
    half('interface'),
    hiddenHalf('options', ['cast-json']),
    half('display'),
    hiddenHalf('display_options', ['cast-json']),
    hiddenHalf('readonly', ['cast-boolean']),
    hiddenHalf('hidden', ['cast-boolean']),
    hiddenHalf('required', ['cast-boolean']),
    hiddenHalf('searchable', ['cast-boolean']),
    half('sort'),
    half('width'),
    half('group'),
    hiddenHalf('translations', ['cast-json']),
    half('note'),
    { field: 'conditions', special: ['cast-json'], hidden: true },
    { field: 'validation', special: ['cast-json'], hidden: true },
    { field: 'validation_message', hidden: true },
  ],
};

const relations: SystemCollectionSpec = {
  collection: 'directus_relations',
  meta: { icon: 'merge_type' },
  fields: [
    half('id'),
    half('many_collection'),
    half('many_field'),
    half('one_collection'),
    half('one_field'),
    half('one_collection_field'),
    half('one_allowed_collections', { special: ['cast-csv'] }),
    half('junction_field'),
    half('sort_field'),
    half('one_deselect_action'),
  ],
};

const translations: SystemCollectionSpec = {
  collection: 'directus_translations',
  fields: [
    uuidId({ hidden: true }),
    half('key', { required: true, interface: 'input' }),
    half('language', { required: true, interface: 'system-language' }),
    { field: 'value', required: true, interface: 'input-multiline' },
  ],
};

const extensions: SystemCollectionSpec = {
  collection: 'directus_extensions',
  fields: [
    uuidId(),
    { field: 'folder' },
    { field: 'source' },
    { field: 'bundle' },
    { field: 'enabled', special: ['cast-boolean'] },
  ],
};

const migrations: SystemCollectionSpec = {
  collection: 'directus_migrations',
  fields: [{ field: 'version' }, { field: 'name' }, { field: 'timestamp' }],
};

/** The data model's own collections, translations, extensions and migrations. */
export const schemaCollections: SystemCollectionSpec[] = [
  collections,
  fields,
  relations,
  translations,
  extensions,
  migrations,
];
