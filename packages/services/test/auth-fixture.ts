import { randomUUID } from 'node:crypto';
import { migrateToLatest, type PlinthDatabase } from '@plinth/database';
import { createSchemaCache, fetchSchemaOverview, introspectDatabase } from '@plinth/schema';
import { createTestDatabase, type TestDatabase, type TestEngine } from '@plinth/test-kit';
import type { Redis } from 'ioredis';
import type { AuthContext } from '../src/auth/auth-context.js';
import { type AuthRuntimeOptions, createAuthRuntime } from '../src/auth/create-auth-runtime.js';
import { hashPassword } from '../src/auth/password-hash.js';
import { createEventBus, type EventBus } from '../src/events/create-event-bus.js';

/** Cheap argon2 costs: the tests check behaviour, not hashing strength. */
export const CHEAP_HASH = { memoryCost: 4096, timeCost: 2, parallelism: 1 } as const;

/** A migrated database on one engine, with an auth context around it. */
export interface AuthSetup {
  testDb: TestDatabase;
  database: PlinthDatabase;
  events: EventBus;
  /** Every statement the database ran, in order. */
  statements: string[];
  ctx: AuthContext;
  /** A new context with other settings on the same database. */
  withSettings(settings: Partial<AuthRuntimeOptions['settings']>, redis?: Redis): AuthContext;
  close(): Promise<void>;
}

export async function createAuthSetup(engine: TestEngine): Promise<AuthSetup> {
  const statements: string[] = [];
  const testDb = await createTestDatabase(engine, {
    prefix: 'plinth_auth',
    log: (event) => statements.push(event.sql),
  });
  const { database } = testDb;
  await migrateToLatest(database);
  const schemaCache = createSchemaCache({
    load: () => fetchSchemaOverview(database, (db) => introspectDatabase(db)),
  });
  const schema = await schemaCache.get();
  const events = createEventBus();
  const runtimes: Array<{ close(): void }> = [];
  const withSettings = (settings: Partial<AuthRuntimeOptions['settings']>, redis?: Redis): AuthContext => {
    const auth = createAuthRuntime({
      settings: { secret: 'test-secret', loginStallTime: 0, passwordHash: CHEAP_HASH, ...settings },
      events,
      redis,
      throttle: { accountPoints: 1000, ipPoints: 1000 },
    });
    runtimes.push(auth);
    return { database, db: database.kysely, accountability: null, schema, schemaCache, events, auth };
  };
  return {
    testDb,
    database,
    events,
    statements,
    ctx: withSettings({}),
    withSettings,
    async close() {
      for (const runtime of runtimes) runtime.close();
      await testDb.drop();
    },
  };
}

/** Ids of a role tree (parent → child) with one policy each, a user policy and the public policy. */
export interface AccessFixture {
  parentRole: string;
  childRole: string;
  parentPolicy: string;
  childPolicy: string;
  userPolicy: string;
  publicPolicy: string;
}

export async function insertAccessFixture(database: PlinthDatabase): Promise<AccessFixture> {
  const db = database.kysely;
  const ids: AccessFixture = {
    parentRole: randomUUID(),
    childRole: randomUUID(),
    parentPolicy: randomUUID(),
    childPolicy: randomUUID(),
    userPolicy: randomUUID(),
    publicPolicy: randomUUID(),
  };
  await db.insertInto('directus_roles').values({ id: ids.parentRole, name: 'Parent' }).execute();
  await db
    .insertInto('directus_roles')
    .values({ id: ids.childRole, name: 'Child', parent: ids.parentRole })
    .execute();
  const policy = (id: string, name: string, flags: Record<string, unknown>) => ({
    id,
    name,
    admin_access: false,
    app_access: false,
    enforce_tfa: false,
    ip_access: null,
    ...flags,
  });
  // One statement per row: SQLite fills a multi-row insert's missing values with NULL, not the default.
  for (const row of [
    policy(ids.parentPolicy, 'Parent', { app_access: true }),
    policy(ids.childPolicy, 'Office only', { admin_access: true, ip_access: '10.0.0.0/8' }),
    policy(ids.userPolicy, 'Mine', { enforce_tfa: true }),
    policy(ids.publicPolicy, '$t:public_label', { app_access: true }),
  ]) {
    await db.insertInto('directus_policies').values(row).execute();
  }
  await db
    .insertInto('directus_access')
    .values([
      { id: randomUUID(), role: ids.childRole, policy: ids.childPolicy, sort: 1 },
      { id: randomUUID(), role: ids.parentRole, policy: ids.parentPolicy, sort: 1 },
      { id: randomUUID(), role: null, user: null, policy: ids.publicPolicy, sort: 1 },
    ])
    .execute();
  return ids;
}

/** Inserts a user and returns its id; `password` is hashed cheaply. */
export async function insertUser(
  database: PlinthDatabase,
  values: {
    email: string;
    password?: string;
    role?: string | null;
    status?: string;
    [column: string]: unknown;
  },
): Promise<string> {
  const id = randomUUID();
  const { password, ...rest } = values;
  await database.kysely
    .insertInto('directus_users')
    .values({
      id,
      status: 'active',
      provider: 'default',
      ...rest,
      password: password === undefined ? null : await hashPassword(password, CHEAP_HASH),
    })
    .execute();
  return id;
}

/** The session rows of a user, hashed tokens and links. */
export async function sessionsOf(database: PlinthDatabase, userId: string) {
  return database.kysely
    .selectFrom('directus_sessions')
    .select(['token', 'next_token', 'expires'])
    .where('user', '=', userId)
    .execute();
}

export const origin = { ip: '10.1.2.3', userAgent: 'vitest', origin: 'http://localhost' };
