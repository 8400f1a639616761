import type { PlinthDatabase } from '@plinth/database';
import { createTestDatabase, type TestDatabase, type TestEngine } from '@plinth/test-kit';
import type { FastifyInstance } from 'fastify';
import { AUTH_TEST_SETTINGS } from '../auth-fixture.js';
import { type ApiResponse, createApi } from '../data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from '../helpers.js';
import { buildAccessModel } from './access-model.js';
import { PASSWORD, seedAccess, seedRows, USER, type UserName } from './access-seed.js';

/** Options of one request: the client address it comes from. @default 127.0.0.1 */
export interface CallOptions {
  ip?: string;
}

/** Sends one request as one caller and answers status and parsed body (null when empty). */
export type Caller = (
  method: string,
  url: string,
  payload?: unknown,
  options?: CallOptions,
) => Promise<ApiResponse>;

/** A server on its own database with the access model, its rows, its policies and logged-in users. */
export interface AccessSetup {
  testDb: TestDatabase;
  server: TestServer;
  /** The database, to check what a write left behind. */
  db: PlinthDatabase['kysely'];
  /** The bootstrap admin, by static token. */
  admin: Caller;
  /** No token at all. */
  anonymous: Caller;
  /** A user logged in through `POST /auth/login`. */
  as(user: Exclude<UserName, 'sam'>): Caller;
  close(): Promise<void>;
}

function createCaller(app: FastifyInstance, token: string | null): Caller {
  return async (method, url, payload, options = {}) => {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
      ...(options.ip === undefined ? {} : { remoteAddress: options.ip }),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.body === '' ? null : response.json() };
  };
}

async function login(app: FastifyInstance, email: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: { email, password: PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login of ${email} answered ${response.body}`);
  return response.json().data.access_token;
}

/**
 * Builds the model through the API as the admin, then writes rows, roles, policies, access and
 * permission rows and users straight into the database before any of those users has made a
 * request, so no cached access or permission can predate them. Then every active user logs in.
 */
export async function createAccessSetup(engine: TestEngine): Promise<AccessSetup> {
  const testDb = await createTestDatabase(engine, { prefix: 'plinth_access' });
  const server = await createTestServer(AUTH_TEST_SETTINGS, {}, { database: testDb.database });
  const adminToken = await insertAdminWithToken(server.database);
  const adminApi = createApi(server.app, adminToken);
  await buildAccessModel(adminApi);
  await seedRows(server.database);
  for (const [title, publishAt] of [
    ['past', '2000-01-01T00:00:00'],
    ['future', '2999-01-01T00:00:00'],
  ]) {
    const created = await adminApi('POST', '/items/announcements', { title, publish_at: publishAt });
    if (created.status !== 200) throw new Error(`announcement: ${JSON.stringify(created.body)}`);
  }
  await seedAccess(server.database);
  const tokens = new Map<string, string>();
  for (const [name, user] of Object.entries(USER)) {
    if (name !== 'sam') tokens.set(name, await login(server.app, user.email));
  }
  return {
    testDb,
    server,
    db: server.database.kysely,
    admin: createCaller(server.app, adminToken),
    anonymous: createCaller(server.app, null),
    as: (user) => createCaller(server.app, tokens.get(user)!),
    async close() {
      await server.close();
      await testDb.drop();
    },
  };
}
