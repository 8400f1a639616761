import { col, notNull, ref } from '../column-helpers.js';
import type { SystemTable } from '../system-table-types.js';

/** Folders and file metadata (the bytes live in storage). */
export const filesTables: SystemTable[] = [
  {
    name: 'directus_folders',
    columns: [
      col.uuidPk(),
      col.string('name', 255, notNull),
      col.uuid('parent', { references: ref('directus_folders') }),
    ],
  },
  {
    name: 'directus_files',
    columns: [
      col.uuidPk(),
      col.string('storage', 255, notNull),
      col.string('filename_disk', 255),
      col.string('filename_download', 255, notNull),
      col.string('title', 255),
      col.string('type', 255),
      col.uuid('folder', { references: ref('directus_folders', 'set null') }),
      col.uuid('uploaded_by', { references: ref('directus_users') }),
      col.timestamp('created_on', { nullable: false, default: 'now' }),
      col.uuid('modified_by', { references: ref('directus_users') }),
      col.timestamp('modified_on', { nullable: false, default: 'now' }),
      col.string('charset', 50),
      col.bigint('filesize'),
      col.integer('width'),
      col.integer('height'),
      col.integer('duration'),
      col.string('embed', 200),
      col.text('description'),
      col.text('location'),
      col.text('tags'),
      col.json('metadata'),
      col.integer('focal_point_x'),
      col.integer('focal_point_y'),
      col.string('tus_id', 64),
      col.json('tus_data'),
      col.timestamp('uploaded_on'),
    ],
  },
];
