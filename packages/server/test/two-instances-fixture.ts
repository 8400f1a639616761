import { randomUUID } from 'node:crypto';
import { listTestEngines } from '@plinth/test-kit';
import { Redis } from 'ioredis';
import { ADMIN_ROLE, AUTH_TEST_SETTINGS, type AuthServer, createAuthServer } from './auth-fixture.js';
import { createTestServer, type TestServer } from './helpers.js';
import {
  ADMIN_TOKEN,
  EDITOR,
  EDITOR_TOKEN,
  listen,
  REALTIME_SETTINGS,
  seedArticles,
} from './websocket-fixture.js';

const redisUrl = process.env['TEST_REDIS_URL'];
const pg = listTestEngines().find((engine) => engine.client === 'pg')!;

/** Whether PostgreSQL and Redis are set for the two-instance tests; says what to set when they are not. */
export function twoInstancesReady(what: string): boolean {
  const ready = Boolean(redisUrl && pg.url);
  if (!ready) console.warn(`[@plinth/server] ${what} skipped: set TEST_PG_URL and TEST_REDIS_URL.`);
  return ready;
}

/** Two listening Plinth instances on one PostgreSQL database and one Redis, seeded with the realtime fixture. */
export interface TwoInstances {
  a: AuthServer;
  b: TestServer;
  wsA: string;
  wsB: string;
  close(): Promise<void>;
}

/**
 * Starts instance A (with the admin, the editor and the articles) and instance B on A's database, each
 * with its own Redis connection, under a namespace of their own so parallel runs do not hear each other.
 */
export async function startTwoInstances(namespace: string): Promise<TwoInstances> {
  const settings = { ...REALTIME_SETTINGS, CACHE_NAMESPACE: `${namespace}-${randomUUID()}` };
  const clients: Redis[] = [];
  const redis = () => {
    const client = new Redis(redisUrl!);
    clients.push(client);
    return client;
  };
  const a = await createAuthServer(pg, settings, { redis: redis() });
  await a.addUser({ email: 'admin@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
  await a.addUser({ ...EDITOR, token: EDITOR_TOKEN });
  await seedArticles(a);
  const b = await createTestServer(
    { ...AUTH_TEST_SETTINGS, ...settings },
    { redis: redis() },
    { database: a.database },
  );
  const wsA = (await listen(a.server.app)).wsUrl;
  const wsB = (await listen(b.app)).wsUrl;
  return {
    a,
    b,
    wsA,
    wsB,
    async close() {
      await b.close();
      await a.close();
      for (const client of clients) client.disconnect();
    },
  };
}
