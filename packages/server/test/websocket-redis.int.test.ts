import { randomUUID } from 'node:crypto';
import { listTestEngines } from '@plinth/test-kit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE, AUTH_TEST_SETTINGS, type AuthServer, createAuthServer } from './auth-fixture.js';
import { createTestServer, type TestServer } from './helpers.js';
import {
  ADMIN_TOKEN,
  EDITOR,
  EDITOR_TOKEN,
  listen,
  openAuthenticated,
  REALTIME_SETTINGS,
  type Received,
  seedArticles,
  type TestSocket,
} from './websocket-fixture.js';

const redisUrl = process.env['TEST_REDIS_URL'];
const pg = listTestEngines().find((engine) => engine.client === 'pg')!;
const ready = Boolean(redisUrl && pg.url);
if (!ready) {
  console.warn(
    '[@plinth/server] realtime fan-out across two instances skipped: set TEST_PG_URL and TEST_REDIS_URL.',
  );
}

const isEvent = (uid: string, event: string) => (m: Received) =>
  m.type === 'subscription' && m.uid === uid && m.event === event;

describe.skipIf(!ready)('/websocket across two instances sharing PostgreSQL and Redis', () => {
  // Its own channel, so parallel test runs on the same Redis do not hear each other.
  const settings = { ...REALTIME_SETTINGS, CACHE_NAMESPACE: `plinth-ws-${randomUUID()}` };
  const clients: Redis[] = [];
  let a: AuthServer;
  let b: TestServer;
  let wsA: string;
  let wsB: string;

  beforeAll(async () => {
    const redis = () => {
      const client = new Redis(redisUrl!);
      clients.push(client);
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
    wsA = (await listen(a.server.app)).wsUrl;
    wsB = (await listen(b.app)).wsUrl;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    for (const client of clients) client.disconnect();
  });

  it("delivers A's REST writes to B's subscribers, each reading them back with its own rights", async () => {
    const admin = await openAuthenticated(wsB, { access_token: ADMIN_TOKEN });
    const editor = await openAuthenticated(wsB, { ...EDITOR });
    const subscribe = async (socket: TestSocket, uid: string) => {
      socket.send({ type: 'subscribe', collection: 'articles', query: { fields: ['id', 'title'] }, uid });
      await socket.next(isEvent(uid, 'init'));
    };
    await subscribe(admin, 'admin');
    await subscribe(editor, 'editor');

    const post = (payload: object) =>
      a.server.app.inject({
        method: 'POST',
        url: '/items/articles',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload,
      });
    const draft = (await post({ title: 'draft on A' })).json().data;
    const published = (await post({ title: 'published on A', status: 'published' })).json().data;

    expect((await admin.next(isEvent('admin', 'create'))).data).toEqual([
      { id: draft.id, title: 'draft on A' },
    ]);
    expect((await admin.next(isEvent('admin', 'create'))).data).toEqual([
      { id: published.id, title: 'published on A' },
    ]);
    // The editor never gets the draft: its first create event is the published row.
    expect((await editor.next(isEvent('editor', 'create'))).data).toEqual([
      { id: published.id, title: 'published on A' },
    ]);
    await editor.none(isEvent('editor', 'create'), 300);
    admin.close();
    editor.close();
  });

  it("delivers B's socket writes to A's subscribers, once each", async () => {
    const listener = await openAuthenticated(wsA, { access_token: ADMIN_TOKEN });
    listener.send({ type: 'subscribe', collection: 'articles', event: 'delete', uid: 'd' });
    await listener.next(isEvent('d', 'init'));
    const writer = await openAuthenticated(wsB, { access_token: ADMIN_TOKEN });
    writer.send({
      type: 'items',
      collection: 'articles',
      action: 'create',
      data: { title: 'short-lived' },
      uid: 'c',
    });
    const { data } = await writer.next((m) => m.uid === 'c');
    writer.send({ type: 'items', collection: 'articles', action: 'delete', id: data.id, uid: 'x' });
    expect((await listener.next(isEvent('d', 'delete'))).data).toEqual([data.id]);
    await listener.none(isEvent('d', 'delete'), 300);
    listener.close();
    writer.close();
  });
});
