import { divider, uuidId } from '../lib/field-helpers.js';
import type { SystemCollectionSpec } from '../system-data-types.js';

const files: SystemCollectionSpec = {
  collection: 'directus_files',
  meta: { icon: 'folder', display_template: '{{ $thumbnail }} {{ title }}' },
  fields: [
    uuidId({ hidden: true, interface: 'input' }),
    { field: 'title', interface: 'input' },
    { field: 'description', interface: 'input-multiline' },
    { field: 'tags', special: ['cast-json'], interface: 'tags', display: 'labels' },
    { field: 'location', interface: 'input', width: 'half' },
    { field: 'storage', interface: 'input', readonly: true, width: 'half' },
    divider('storage_divider'),
    { field: 'filename_disk', interface: 'input', readonly: true, width: 'half' },
    { field: 'filename_download', interface: 'input', width: 'half' },
    { field: 'metadata', special: ['cast-json'], hidden: true },
    { field: 'type', display: 'mime-type', readonly: true },
    { field: 'filesize', display: 'filesize', readonly: true },
    {
      field: 'modified_by',
      special: ['user-updated'],
      interface: 'select-dropdown-m2o',
      display: 'user',
      readonly: true,
      width: 'half',
    },
    {
      field: 'modified_on',
      special: ['date-updated'],
      interface: 'datetime',
      display: 'datetime',
      readonly: true,
      width: 'half',
    },
    { field: 'embed', hidden: true, width: 'half' },
    { field: 'uploaded_by', special: ['user-created'], display: 'user', hidden: true, width: 'half' },
    { field: 'uploaded_on', display: 'datetime', hidden: true, width: 'half' },
    { field: 'created_on', display: 'datetime', hidden: true, readonly: true, width: 'half' },
    { field: 'folder', special: ['m2o'], display: 'related-values', readonly: true, width: 'half' },
    { field: 'width', readonly: true, width: 'half' },
    { field: 'height', readonly: true, width: 'half' },
    { field: 'charset', readonly: true, width: 'half' },
    { field: 'duration', readonly: true, width: 'half' },
    { field: 'focal_point_x', hidden: true, width: 'half' },
    { field: 'focal_point_y', hidden: true, width: 'half' },
    { field: 'tus_id', hidden: true },
    { field: 'tus_data', special: ['cast-json'], hidden: true },
  ],
};

const folders: SystemCollectionSpec = {
  collection: 'directus_folders',
  meta: { display_template: '{{ name }}' },
  fields: [
    uuidId({ interface: 'input', width: 'half' }),
    { field: 'parent', width: 'half' },
    { field: 'name' },
  ],
};

/** File metadata and folders. */
export const filesCollections: SystemCollectionSpec[] = [files, folders];
