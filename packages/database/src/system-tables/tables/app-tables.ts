import { col, notNull, ref } from '../column-helpers.js';
import type { SystemTable } from '../system-table-types.js';

const userCreated = () => col.uuid('user_created', { references: ref('directus_users', 'set null') });
const dateCreated = () => col.timestamp('date_created', { default: 'now' });

/** Insights dashboards, flows and their operations, and the 11.1x deployment integrations. */
export const appTables: SystemTable[] = [
  {
    name: 'directus_dashboards',
    columns: [
      col.uuidPk(),
      col.string('name', 255, notNull),
      col.string('icon', 64, { nullable: false, default: 'dashboard' }),
      col.text('note'),
      dateCreated(),
      userCreated(),
      col.string('color', 255),
    ],
  },
  {
    name: 'directus_panels',
    columns: [
      col.uuidPk(),
      col.uuid('dashboard', { nullable: false, references: ref('directus_dashboards', 'cascade') }),
      col.string('name', 255),
      col.string('icon', 64, { default: null }),
      col.string('color', 10),
      col.boolean('show_header', { nullable: false, default: false }),
      col.text('note'),
      col.string('type', 255, notNull),
      col.integer('position_x', notNull),
      col.integer('position_y', notNull),
      col.integer('width', notNull),
      col.integer('height', notNull),
      col.json('options'),
      dateCreated(),
      userCreated(),
    ],
  },
  {
    name: 'directus_flows',
    columns: [
      col.uuidPk(),
      col.string('name', 255, notNull),
      col.string('icon', 64),
      col.string('color', 255),
      col.text('description'),
      col.string('status', 255, { nullable: false, default: 'active' }),
      col.string('trigger', 255),
      col.string('accountability', 255, { default: 'all' }),
      col.json('options'),
      // Points at the first operation; Directus keeps it unique but without a foreign key.
      col.uuid('operation', { unique: true }),
      dateCreated(),
      userCreated(),
    ],
  },
  {
    name: 'directus_operations',
    columns: [
      col.uuidPk(),
      col.string('name', 255),
      col.string('key', 255, notNull),
      col.string('type', 255, notNull),
      col.integer('position_x', notNull),
      col.integer('position_y', notNull),
      col.json('options'),
      col.uuid('resolve', { unique: true, references: ref('directus_operations') }),
      col.uuid('reject', { unique: true, references: ref('directus_operations') }),
      col.uuid('flow', { nullable: false, references: ref('directus_flows', 'cascade') }),
      dateCreated(),
      userCreated(),
    ],
  },
  {
    name: 'directus_deployments',
    columns: [
      col.uuidPk(),
      col.string('provider', 255, { nullable: false, unique: true }),
      col.text('credentials'),
      col.text('options'),
      dateCreated(),
      userCreated(),
    ],
  },
  {
    name: 'directus_deployment_projects',
    columns: [
      col.uuidPk(),
      col.uuid('deployment', { nullable: false, references: ref('directus_deployments', 'cascade') }),
      col.string('external_id', 255, notNull),
      col.string('name', 255, notNull),
      dateCreated(),
      userCreated(),
    ],
    uniques: [['deployment', 'external_id']],
  },
  {
    name: 'directus_deployment_runs',
    columns: [
      col.uuidPk(),
      col.uuid('project', { nullable: false, references: ref('directus_deployment_projects', 'cascade') }),
      col.string('external_id', 255, notNull),
      col.string('target', 255, notNull),
      dateCreated(),
      userCreated(),
    ],
  },
];
