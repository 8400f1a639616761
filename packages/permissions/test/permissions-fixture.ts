import { randomUUID } from 'node:crypto';
import { migrateToLatest, type PlinthDatabase } from '@plinth/database';
import { fetchSchemaOverview, introspectDatabase } from '@plinth/schema';
import { createTestDatabase, type TestDatabase, type TestEngine } from '@plinth/test-kit';
import type { Accountability, SchemaOverview } from '@plinth/types';

/** A migrated database with a role tree, policies, access rows and a user, and every statement it ran. */
export interface PermissionsSetup {
  testDb: TestDatabase;
  database: PlinthDatabase;
  schema: SchemaOverview;
  statements: string[];
  ids: {
    parentRole: string;
    childRole: string;
    parentPolicy: string;
    childPolicy: string;
    userPolicy: string;
    publicPolicy: string;
    user: string;
    otherUser: string;
  };
}

export async function createPermissionsSetup(engine: TestEngine): Promise<PermissionsSetup> {
  const statements: string[] = [];
  const testDb = await createTestDatabase(engine, {
    prefix: 'plinth_perm',
    log: (event) => statements.push(event.sql),
  });
  const { database } = testDb;
  await migrateToLatest(database);
  const schema = await fetchSchemaOverview(database, (db) => introspectDatabase(db));
  const db = database.kysely;
  const ids = {
    parentRole: randomUUID(),
    childRole: randomUUID(),
    parentPolicy: randomUUID(),
    childPolicy: randomUUID(),
    userPolicy: randomUUID(),
    publicPolicy: randomUUID(),
    user: randomUUID(),
    otherUser: randomUUID(),
  };
  await db.insertInto('directus_roles').values({ id: ids.parentRole, name: 'Staff' }).execute();
  await db
    .insertInto('directus_roles')
    .values({ id: ids.childRole, name: 'Editor', parent: ids.parentRole })
    .execute();
  for (const [id, name] of [
    [ids.parentPolicy, 'Staff rules'],
    [ids.childPolicy, 'Editor rules'],
    [ids.userPolicy, 'Personal'],
    [ids.publicPolicy, '$t:public_label'],
  ] as const) {
    await db
      .insertInto('directus_policies')
      .values({ id, name, admin_access: false, app_access: false, enforce_tfa: false })
      .execute();
  }
  for (const [id, email] of [
    [ids.user, 'editor@example.com'],
    [ids.otherUser, 'other@example.com'],
  ] as const) {
    await db
      .insertInto('directus_users')
      .values({
        id,
        email,
        status: 'active',
        provider: 'default',
        role: ids.childRole,
        tags: JSON.stringify(['north', 'south']),
      })
      .execute();
  }
  for (const row of [
    { role: ids.parentRole, user: null, policy: ids.parentPolicy },
    { role: ids.childRole, user: null, policy: ids.childPolicy },
    { role: null, user: ids.user, policy: ids.userPolicy },
    { role: null, user: null, policy: ids.publicPolicy },
  ]) {
    await db
      .insertInto('directus_access')
      .values({ id: randomUUID(), sort: 1, ...row })
      .execute();
  }
  statements.length = 0;
  return { testDb, database, schema, statements, ids };
}

/** Inserts a permission row, JSON columns as text the way the API writes them. */
export async function insertPermission(
  database: PlinthDatabase,
  row: {
    policy: string;
    collection: string;
    action: string;
    permissions?: unknown;
    validation?: unknown;
    presets?: unknown;
    fields?: string | null;
  },
): Promise<number> {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await database.kysely
    .insertInto('directus_permissions')
    .values({
      policy: row.policy,
      collection: row.collection,
      action: row.action,
      permissions: json(row.permissions),
      validation: json(row.validation),
      presets: json(row.presets),
      fields: row.fields === undefined ? '*' : row.fields,
    })
    .execute();
  const inserted = await database.kysely
    .selectFrom('directus_permissions')
    .select(({ fn }) => fn.max('id').as('id'))
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** The accountability of the fixture user: role tree Staff → Editor, their policies in precedence order. */
export function editorAccountability(
  setup: PermissionsSetup,
  overrides: Partial<Accountability> = {},
): Accountability {
  const { ids } = setup;
  return {
    user: ids.user,
    role: ids.childRole,
    roles: [ids.parentRole, ids.childRole],
    policies: [ids.parentPolicy, ids.childPolicy, ids.userPolicy],
    admin: false,
    app: false,
    ip: '10.0.0.1',
    userAgent: null,
    origin: null,
    ...overrides,
  };
}

export function anonymousAccountability(): Accountability {
  return {
    user: null,
    role: null,
    roles: [],
    policies: [],
    admin: false,
    app: false,
    ip: null,
    userAgent: null,
    origin: null,
  };
}
