import type { Api } from '../data-model-fixture.js';

const id = {
  field: 'id',
  type: 'integer',
  schema: { is_primary_key: true, has_auto_increment: true },
  meta: { hidden: true, readonly: true },
};

const string = (field: string) => ({ field, type: 'string' });
const integer = (field: string) => ({ field, type: 'integer' });
const boolean = (field: string) => ({ field, type: 'boolean', schema: { default_value: false } });

function table(collection: string, fields: unknown[]) {
  return { collection, schema: {}, meta: {}, fields: [id, ...fields] };
}

async function expectOk(admin: Api, method: string, url: string, payload: unknown): Promise<void> {
  const response = await admin(method, url, payload);
  if (response.status !== 200) {
    throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
}

/**
 * The data model every access-control test reads and writes, built through the API as the admin:
 *
 * - `projects`: `status` (default draft), `budget`, `secret`, `owner` (`user-created`), m2o
 *   `department`, o2m `tasks`, m2m `labels` (through `projects_labels`), m2a `blocks` (through
 *   `projects_blocks`, to `notes` and `memos`);
 * - `departments` (`code`), `tasks` (`done`, `private_note`), `labels` (`public`, `internal_code`),
 *   `notes` (`archived`, `author_email`), `memos`;
 * - one small collection per dynamic variable: `inbox` (`recipient`), `boards` (`team`),
 *   `circulars` (`role_key`), `announcements` (`publish_at`).
 */
export async function buildAccessModel(admin: Api): Promise<void> {
  await expectOk(admin, 'POST', '/collections', [
    table('departments', [string('name'), string('code')]),
    table('projects', [
      string('name'),
      { field: 'status', type: 'string', schema: { default_value: 'draft', is_nullable: false } },
      integer('budget'),
      string('secret'),
      { field: 'owner', type: 'uuid', meta: { special: ['user-created'] } },
      { field: 'department', type: 'integer', meta: { special: ['m2o'] } },
    ]),
    table('tasks', [
      string('title'),
      integer('hours'),
      boolean('done'),
      string('private_note'),
      integer('project'),
    ]),
    table('labels', [string('name'), boolean('public'), string('internal_code')]),
    table('projects_labels', [integer('projects_id'), integer('labels_id')]),
    table('notes', [{ field: 'body', type: 'text' }, boolean('archived'), string('author_email')]),
    table('memos', [string('title')]),
    table('projects_blocks', [integer('projects_id'), string('item'), string('collection')]),
    table('inbox', [string('recipient'), string('body')]),
    table('boards', [string('team'), string('title')]),
    table('circulars', [{ field: 'role_key', type: 'uuid' }, string('title')]),
    table('announcements', [string('title'), { field: 'publish_at', type: 'dateTime' }]),
  ]);
  for (const [field, special] of [
    ['tasks', 'o2m'],
    ['labels', 'm2m'],
    ['blocks', 'm2a'],
  ] as const) {
    await expectOk(admin, 'POST', '/fields/projects', { field, type: 'alias', meta: { special: [special] } });
  }
  await expectOk(admin, 'POST', '/relations', {
    collection: 'projects',
    field: 'department',
    related_collection: 'departments',
    schema: { on_delete: 'SET NULL' },
  });
  await expectOk(admin, 'POST', '/relations', {
    collection: 'tasks',
    field: 'project',
    related_collection: 'projects',
    schema: { on_delete: 'SET NULL' },
    meta: { one_field: 'tasks' },
  });
  await expectOk(admin, 'POST', '/relations', {
    collection: 'projects_labels',
    field: 'projects_id',
    related_collection: 'projects',
    schema: { on_delete: 'CASCADE' },
    meta: { one_field: 'labels', junction_field: 'labels_id' },
  });
  await expectOk(admin, 'POST', '/relations', {
    collection: 'projects_labels',
    field: 'labels_id',
    related_collection: 'labels',
    schema: { on_delete: 'CASCADE' },
    meta: { junction_field: 'projects_id' },
  });
  await expectOk(admin, 'POST', '/relations', {
    collection: 'projects_blocks',
    field: 'item',
    related_collection: null,
    schema: null,
    meta: {
      one_allowed_collections: ['notes', 'memos'],
      one_collection_field: 'collection',
      junction_field: 'projects_id',
    },
  });
  await expectOk(admin, 'POST', '/relations', {
    collection: 'projects_blocks',
    field: 'projects_id',
    related_collection: 'projects',
    schema: { on_delete: 'CASCADE' },
    meta: { one_field: 'blocks', junction_field: 'item' },
  });
}
