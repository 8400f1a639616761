import { col, notNull, ref } from '../column-helpers.js';
import type { SystemTable } from '../system-table-types.js';

/** Roles, policies, users and how they are tied together (the v11 access model). */
export const accessTables: SystemTable[] = [
  {
    name: 'directus_roles',
    columns: [
      col.uuidPk(),
      col.string('name', 100, notNull),
      col.string('icon', 64, { nullable: false, default: 'supervised_user_circle' }),
      col.text('description'),
      col.uuid('parent', { references: ref('directus_roles') }),
    ],
  },
  {
    name: 'directus_policies',
    columns: [
      col.uuidPk(),
      col.string('name', 100, notNull),
      col.string('icon', 64, { nullable: false, default: 'badge' }),
      col.text('description'),
      col.text('ip_access'),
      col.boolean('enforce_tfa', { nullable: false, default: false }),
      col.boolean('admin_access', { nullable: false, default: false }),
      col.boolean('app_access', { nullable: false, default: false }),
    ],
  },
  {
    name: 'directus_users',
    columns: [
      col.uuidPk(),
      col.string('first_name', 50),
      col.string('last_name', 50),
      col.string('email', 128, { unique: true }),
      col.string('password', 255),
      col.string('location', 255),
      col.string('title', 50),
      col.text('description'),
      col.json('tags'),
      col.uuid('avatar'),
      col.string('language', 255, { default: null }),
      col.string('tfa_secret', 255),
      col.string('status', 16, { nullable: false, default: 'active' }),
      col.uuid('role', { references: ref('directus_roles', 'set null') }),
      col.string('token', 255, { unique: true }),
      col.timestamp('last_access'),
      col.string('last_page', 255),
      col.string('provider', 128, { nullable: false, default: 'default' }),
      col.string('external_identifier', 255, { unique: true }),
      col.json('auth_data'),
      col.boolean('email_notifications', { default: true }),
      col.string('appearance', 255),
      col.string('theme_dark', 255),
      col.string('theme_light', 255),
      col.json('theme_light_overrides'),
      col.json('theme_dark_overrides'),
      col.string('text_direction', 255, { nullable: false, default: 'auto' }),
    ],
  },
  {
    name: 'directus_access',
    columns: [
      col.uuidPk(),
      col.uuid('role', { references: ref('directus_roles', 'cascade') }),
      col.uuid('user', { references: ref('directus_users', 'cascade') }),
      col.uuid('policy', { nullable: false, references: ref('directus_policies', 'cascade') }),
      col.integer('sort'),
    ],
  },
  {
    name: 'directus_permissions',
    columns: [
      col.increments(),
      col.string('collection', 64, notNull),
      col.string('action', 10, notNull),
      col.json('permissions'),
      col.json('validation'),
      col.json('presets'),
      col.text('fields'),
      col.uuid('policy', { nullable: false, references: ref('directus_policies', 'cascade') }),
    ],
  },
];
