import { randomUUID } from 'node:crypto';
import type { PlinthDatabase } from '@plinth/database';
import { hashPassword } from '@plinth/services';
import { createTestDatabase, type TestDatabase, type TestEngine } from '@plinth/test-kit';
import type { LightMyRequestResponse } from 'fastify';
import type { CreateServerOptions } from '../src/server-options.js';
import { createTestServer, type TestServer } from './helpers.js';

/** Cheap argon2 and a short stall: the tests check behaviour, not cost. */
export const AUTH_TEST_SETTINGS: Record<string, string> = {
  HASH_MEMORY_COST: '4096',
  HASH_TIME_COST: '2',
  HASH_PARALLELISM: '1',
  LOGIN_STALL_TIME: '60',
  SECRET: 'plinth-auth-test-secret',
};

export const ROLE = '10000000-0000-4000-8000-000000000001';
export const POLICY = '10000000-0000-4000-8000-000000000002';
export const ADMIN_ROLE = '10000000-0000-4000-8000-000000000003';
export const ADMIN_POLICY = '10000000-0000-4000-8000-000000000004';

/** A server on its own database on one engine, with an app role and an admin role. */
export interface AuthServer {
  testDb: TestDatabase;
  server: TestServer;
  database: PlinthDatabase;
  addUser(values: { email: string; password?: string; [column: string]: unknown }): Promise<string>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createAuthServer(
  engine: TestEngine,
  settings: Record<string, string> = {},
  extra: Partial<CreateServerOptions> = {},
): Promise<AuthServer> {
  const testDb = await createTestDatabase(engine, { prefix: 'plinth_auth_http' });
  const server = await createTestServer({ ...AUTH_TEST_SETTINGS, ...settings }, extra, {
    database: testDb.database,
  });
  const db = testDb.database.kysely;
  await db.insertInto('directus_roles').values({ id: ROLE, name: 'Editor' }).execute();
  await db.insertInto('directus_roles').values({ id: ADMIN_ROLE, name: 'Administrator' }).execute();
  await db
    .insertInto('directus_policies')
    .values({ id: POLICY, name: 'Editor', app_access: true, admin_access: false, enforce_tfa: false })
    .execute();
  await db
    .insertInto('directus_policies')
    .values({
      id: ADMIN_POLICY,
      name: 'Administrator',
      app_access: true,
      admin_access: true,
      enforce_tfa: false,
    })
    .execute();
  await db.insertInto('directus_access').values({ id: randomUUID(), role: ROLE, policy: POLICY }).execute();
  await db
    .insertInto('directus_access')
    .values({ id: randomUUID(), role: ADMIN_ROLE, policy: ADMIN_POLICY })
    .execute();
  const cheap = { memoryCost: 4096, timeCost: 2, parallelism: 1 };
  return {
    testDb,
    server,
    database: testDb.database,
    async addUser({ password, ...values }) {
      const id = randomUUID();
      await db
        .insertInto('directus_users')
        .values({
          id,
          status: 'active',
          provider: 'default',
          role: ROLE,
          ...values,
          password: password === undefined ? null : await hashPassword(password, cheap),
        })
        .execute();
      return id;
    },
    post: (url, payload, headers = {}) =>
      server.app.inject({
        method: 'POST',
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
    get: (url, headers = {}) => server.app.inject({ method: 'GET', url, headers }),
    async close() {
      await server.close();
      await testDb.drop();
    },
  };
}

/** The wire error code of a response, or null when it has none. */
export function codeOf(response: LightMyRequestResponse): string | null {
  if (response.body === '') return null;
  return response.json()?.errors?.[0]?.extensions?.code ?? null;
}

/** The `Set-Cookie` headers of a response, by cookie name. */
export function setCookies(response: LightMyRequestResponse): Record<string, string> {
  const raw = response.headers['set-cookie'];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return Object.fromEntries(list.map((cookie) => [cookie.split('=')[0]!, cookie]));
}

/** The value a `Set-Cookie` header sets. */
export function cookieValue(setCookie: string | undefined): string {
  return decodeURIComponent(setCookie?.split(';')[0]?.split('=').slice(1).join('=') ?? '');
}
