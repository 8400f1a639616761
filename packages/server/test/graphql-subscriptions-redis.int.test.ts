import { randomUUID } from 'node:crypto';
import { listTestEngines } from '@plinth/test-kit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE, AUTH_TEST_SETTINGS, type AuthServer, createAuthServer } from './auth-fixture.js';
import { graphqlSocket, subscribe } from './graphql-socket-fixture.js';
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
const ready = Boolean(redisUrl && pg.url);
if (!ready) {
  console.warn(
    '[@plinth/server] GraphQL subscriptions across two instances skipped: set TEST_PG_URL and TEST_REDIS_URL.',
  );
}

const MUTATED = 'subscription { articles_mutated { key event data { title } } }';

describe.skipIf(!ready)('GraphQL subscriptions across two instances sharing PostgreSQL and Redis', () => {
  // Its own namespace, so parallel test runs on the same Redis do not hear each other.
  const settings = { ...REALTIME_SETTINGS, CACHE_NAMESPACE: `plinth-gql-${randomUUID()}` };
  const redisClients: Redis[] = [];
  let a: AuthServer;
  let b: TestServer;
  let urlB: string;

  beforeAll(async () => {
    const redis = () => {
      const client = new Redis(redisUrl!);
      redisClients.push(client);
      return client;
    };
    a = await createAuthServer(pg, settings, { redis: redis() });
    await a.addUser({ email: 'admin@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
    await a.addUser({ ...EDITOR, token: EDITOR_TOKEN });
    await seedArticles(a);
    b = await createTestServer(
      { ...AUTH_TEST_SETTINGS, ...settings },
      { redis: redis() },
      { database: a.database },
    );
    await listen(a.server.app);
    urlB = (await listen(b.app)).wsUrl.replace(/\/websocket$/, '/graphql');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    for (const client of redisClients) client.disconnect();
  });

  it("delivers A's writes to B's subscribers, each reading them back with its own rights", async () => {
    const admin = graphqlSocket(urlB, ADMIN_TOKEN);
    const editor = graphqlSocket(urlB, EDITOR_TOKEN);
    try {
      const adminLive = subscribe(admin, MUTATED);
      const editorLive = subscribe(editor, MUTATED);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const post = (payload: object) =>
        a.server.app.inject({
          method: 'POST',
          url: '/items/articles',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload,
        });
      const draft = (await post({ title: 'Hidden', status: 'draft' })).json().data.id;
      const shown = (await post({ title: 'Shown', status: 'published' })).json().data.id;

      expect((await adminLive.nth(2)).data.articles_mutated).toEqual({
        key: String(shown),
        event: 'create',
        data: { title: 'Shown' },
      });
      expect((await adminLive.nth(1)).data.articles_mutated.key).toBe(String(draft));
      expect((await editorLive.nth(1)).data.articles_mutated).toEqual({
        key: String(shown),
        event: 'create',
        data: { title: 'Shown' },
      });
      await editorLive.settles(1, 300);
    } finally {
      await admin.dispose();
      await editor.dispose();
    }
  });
});
