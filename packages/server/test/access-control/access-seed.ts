import type { PlinthDatabase } from '@plinth/database';
import { hashPassword } from '@plinth/services';
import { sql } from 'kysely';

/** Role ids. `reader` nests under `base`; `other` has no users and only marks a circular. */
export const ROLE = {
  base: 'a0000000-0000-4000-8000-000000000001',
  reader: 'a0000000-0000-4000-8000-000000000002',
  two: 'a0000000-0000-4000-8000-000000000003',
  ip: 'a0000000-0000-4000-8000-000000000004',
  other: 'a0000000-0000-4000-8000-000000000005',
} as const;

/** Policy ids. */
export const POLICY = {
  base: 'a1000000-0000-4000-8000-000000000001',
  reader: 'a1000000-0000-4000-8000-000000000002',
  ruleA: 'a1000000-0000-4000-8000-000000000003',
  ruleB: 'a1000000-0000-4000-8000-000000000004',
  ipOutside: 'a1000000-0000-4000-8000-000000000005',
  ipInside: 'a1000000-0000-4000-8000-000000000006',
  public: 'a1000000-0000-4000-8000-000000000007',
} as const;

/** The users, their roles, and what each one is for. */
export const USER = {
  /** `reader` (child of `base`): owns projects 1 and 4. */
  alice: { id: 'a2000000-0000-4000-8000-000000000001', email: 'alice@example.com', role: ROLE.reader },
  /** `reader`: owns projects 2 and 3. */
  bob: { id: 'a2000000-0000-4000-8000-000000000002', email: 'bob@example.com', role: ROLE.reader },
  /** `two` (rule A: published rows, budget) plus rule B attached to her directly (department 2, secret). */
  carol: { id: 'a2000000-0000-4000-8000-000000000003', email: 'carol@example.com', role: ROLE.two },
  /** `ip`: projects only from 10.0.0.0/8, tasks only from 127.0.0.0/8. */
  dave: { id: 'a2000000-0000-4000-8000-000000000004', email: 'dave@example.com', role: ROLE.ip },
  /** `base`, the parent role: departments, nothing of the child role. */
  frank: { id: 'a2000000-0000-4000-8000-000000000005', email: 'frank@example.com', role: ROLE.base },
  /** No role: the public policy applies. */
  greg: { id: 'a2000000-0000-4000-8000-000000000006', email: 'greg@example.com', role: null },
  /** `reader`, suspended, with a static token. */
  sam: { id: 'a2000000-0000-4000-8000-000000000007', email: 'sam@example.com', role: ROLE.reader },
} as const;

export type UserName = keyof typeof USER;

/** Every user's password. */
export const PASSWORD = 'access-control-1';
/** The suspended user's static token. */
export const SAM_TOKEN = 'sam-static-token';

const projectReadFields = 'id,name,status,budget,owner,department,tasks,labels,blocks';

/** [policy, collection, action, permissions, fields, validation?, presets?] */
type Rule = [string, string, string, object | null, string, (object | null)?, (object | null)?];

const RULES: Rule[] = [
  [POLICY.base, 'departments', 'read', null, 'id,name'],
  [POLICY.reader, 'projects', 'read', { status: { _eq: 'published' } }, projectReadFields],
  [
    POLICY.reader,
    'projects',
    'create',
    null,
    'name,status,budget,department,owner,tasks,labels',
    { budget: { _lte: 1000 } },
    { status: 'draft', budget: 10 },
  ],
  [
    POLICY.reader,
    'projects',
    'update',
    { owner: { _eq: '$CURRENT_USER' } },
    'name,budget,status',
    { budget: { _lte: 1000 } },
  ],
  [POLICY.reader, 'projects', 'delete', { owner: { _eq: '$CURRENT_USER' } }, '*'],
  [POLICY.reader, 'tasks', 'read', { done: { _eq: false } }, 'id,title,hours,done,project'],
  [POLICY.reader, 'projects_labels', 'read', null, '*'],
  [POLICY.reader, 'projects_labels', 'create', null, '*'],
  [POLICY.reader, 'labels', 'read', { public: { _eq: true } }, 'id,name,public'],
  [POLICY.reader, 'projects_blocks', 'read', null, '*'],
  [POLICY.reader, 'notes', 'read', { archived: { _eq: false } }, 'id,body,archived'],
  [POLICY.reader, 'inbox', 'read', { recipient: { _eq: '$CURRENT_USER.email' } }, '*'],
  [POLICY.reader, 'boards', 'read', { team: { _eq: '$CURRENT_USER.role.name' } }, '*'],
  [POLICY.reader, 'circulars', 'read', { role_key: { _in: '$CURRENT_ROLES' } }, '*'],
  [POLICY.reader, 'announcements', 'read', { publish_at: { _lte: '$NOW' } }, '*'],
  [POLICY.ruleA, 'projects', 'read', { status: { _eq: 'published' } }, 'id,name,budget'],
  [POLICY.ruleB, 'projects', 'read', { department: { _eq: 2 } }, 'id,name,secret'],
  [POLICY.ipOutside, 'projects', 'read', null, 'id,name'],
  [POLICY.ipInside, 'tasks', 'read', null, 'id,title'],
  [POLICY.public, 'projects', 'read', { status: { _eq: 'published' } }, 'id,name'],
];

const json = (value: object | null | undefined) => (value ? JSON.stringify(value) : null);

/** Roles, policies, access rows, permission rows and users, written straight into the system tables. */
export async function seedAccess(database: PlinthDatabase): Promise<void> {
  const db = database.kysely;
  await db
    .insertInto('directus_roles')
    .values([
      { id: ROLE.base, name: 'Base' },
      { id: ROLE.reader, name: 'Reader', parent: ROLE.base },
      { id: ROLE.two, name: 'Two' },
      { id: ROLE.ip, name: 'Ip' },
      { id: ROLE.other, name: 'Other' },
    ])
    .execute();
  const policy = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
    id,
    name,
    app_access: true,
    admin_access: false,
    enforce_tfa: false,
    ip_access: null,
    ...extra,
  });
  await db
    .insertInto('directus_policies')
    .values([
      policy(POLICY.base, 'Base'),
      policy(POLICY.reader, 'Reader'),
      policy(POLICY.ruleA, 'Rule A'),
      policy(POLICY.ruleB, 'Rule B'),
      policy(POLICY.ipOutside, 'Outside network', { ip_access: '10.0.0.0/8' }),
      policy(POLICY.ipInside, 'Loopback', { ip_access: '127.0.0.0/8' }),
      policy(POLICY.public, 'Public', { app_access: false }),
    ])
    .execute();
  const hashed = await hashPassword(PASSWORD, { memoryCost: 4096, timeCost: 2, parallelism: 1 });
  await db
    .insertInto('directus_users')
    .values(
      Object.values(USER).map((user) => ({
        id: user.id,
        email: user.email,
        role: user.role,
        password: hashed,
        provider: 'default',
        status: user === USER.sam ? 'suspended' : 'active',
        token: user === USER.sam ? SAM_TOKEN : null,
      })),
    )
    .execute();
  const access = (n: number, values: { role?: string; user?: string; policy: string }) => ({
    id: `a3000000-0000-4000-8000-00000000000${n}`,
    role: values.role ?? null,
    user: values.user ?? null,
    policy: values.policy,
  });
  await db
    .insertInto('directus_access')
    .values([
      access(1, { role: ROLE.base, policy: POLICY.base }),
      access(2, { role: ROLE.reader, policy: POLICY.reader }),
      access(3, { role: ROLE.two, policy: POLICY.ruleA }),
      access(4, { user: USER.carol.id, policy: POLICY.ruleB }),
      access(5, { role: ROLE.ip, policy: POLICY.ipOutside }),
      access(6, { role: ROLE.ip, policy: POLICY.ipInside }),
      access(7, { policy: POLICY.public }),
    ])
    .execute();
  await db
    .insertInto('directus_permissions')
    .values(
      RULES.map(([policyId, collection, action, permissions, fields, validation, presets]) => ({
        policy: policyId,
        collection,
        action,
        permissions: json(permissions),
        fields,
        validation: json(validation),
        presets: json(presets),
      })),
    )
    .execute();
}

/** The rows the tests expect; explicit keys, so PostgreSQL's sequences are moved past them. */
export async function seedRows(database: PlinthDatabase): Promise<void> {
  const db = database.kysely;
  const { alice, bob } = USER;
  await db
    .insertInto('departments')
    .values([
      { id: 1, name: 'Research', code: 'R-77' },
      { id: 2, name: 'Sales', code: 'S-42' },
    ])
    .execute();
  const project = (id: number, name: string, status: string, owner: string, department: number) => ({
    id,
    name,
    status,
    budget: id * 100,
    secret: `secret-${name.toLowerCase()}`,
    owner,
    department,
  });
  await db
    .insertInto('projects')
    .values([
      project(1, 'Apollo', 'published', alice.id, 1),
      project(2, 'Borealis', 'draft', bob.id, 2),
      project(3, 'Cassini', 'published', bob.id, 2),
      project(4, 'Draco', 'archived', alice.id, 1),
    ])
    .execute();
  const task = (id: number, title: string, hours: number, done: boolean, projectId: number) => ({
    id,
    title,
    hours,
    done,
    private_note: `note-${title}`,
    project: projectId,
  });
  await db
    .insertInto('tasks')
    .values([
      task(1, 'design', 5, false, 1),
      task(2, 'build', 8, true, 1),
      task(3, 'test', 3, false, 2),
      task(4, 'ship', 2, false, 3),
    ])
    .execute();
  await db
    .insertInto('labels')
    .values([
      { id: 1, name: 'Open', public: true, internal_code: 'L-OPEN' },
      { id: 2, name: 'Hidden', public: false, internal_code: 'L-HIDDEN' },
    ])
    .execute();
  await db
    .insertInto('projects_labels')
    .values([
      { id: 1, projects_id: 1, labels_id: 1 },
      { id: 2, projects_id: 1, labels_id: 2 },
      { id: 3, projects_id: 3, labels_id: 1 },
    ])
    .execute();
  await db
    .insertInto('notes')
    .values([
      { id: 1, body: 'Visible note', archived: false, author_email: 'ann@notes.test' },
      { id: 2, body: 'Archived note', archived: true, author_email: 'ben@notes.test' },
    ])
    .execute();
  await db.insertInto('memos').values({ id: 1, title: 'Classified memo' }).execute();
  await db
    .insertInto('projects_blocks')
    .values([
      { id: 1, projects_id: 1, item: '1', collection: 'notes' },
      { id: 2, projects_id: 1, item: '2', collection: 'notes' },
      { id: 3, projects_id: 3, item: '1', collection: 'memos' },
    ])
    .execute();
  await db
    .insertInto('inbox')
    .values([
      { id: 1, recipient: alice.email, body: 'for alice' },
      { id: 2, recipient: bob.email, body: 'for bob' },
    ])
    .execute();
  await db
    .insertInto('boards')
    .values([
      { id: 1, team: 'Reader', title: 'reader board' },
      { id: 2, team: 'Other', title: 'other board' },
    ])
    .execute();
  await db
    .insertInto('circulars')
    .values([
      { id: 1, role_key: ROLE.base, title: 'base circular' },
      { id: 2, role_key: ROLE.reader, title: 'reader circular' },
      { id: 3, role_key: ROLE.other, title: 'other circular' },
    ])
    .execute();
  if (database.client === 'pg') await advanceSequences(db);
}

const SEEDED_TABLES = [
  'departments',
  'projects',
  'tasks',
  'labels',
  'projects_labels',
  'notes',
  'memos',
  'projects_blocks',
  'inbox',
  'boards',
  'circulars',
];

async function advanceSequences(db: PlinthDatabase['kysely']): Promise<void> {
  for (const table of SEEDED_TABLES) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
      db,
    );
  }
}
