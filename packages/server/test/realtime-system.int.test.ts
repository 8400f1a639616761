import { createDirectus, realtime, staticToken } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { POLICY } from './auth-fixture.js';
import {
  ADMIN_TOKEN,
  createRealtimeServer,
  EDITOR,
  EDITOR_TOKEN,
  openAuthenticated,
  type RealtimeServer,
  type Received,
} from './websocket-fixture.js';

const subscription = (uid: string, event: string) => (m: Received) =>
  m.type === 'subscription' && m.uid === uid && m.event === event;

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'realtime system collection tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/websocket subscriptions to directus_users on ${engine.client}`, () => {
    let server: RealtimeServer;
    const rest = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      server.api.server.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      server = await createRealtimeServer(engine);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('sends create, update and delete of users written through /users, each as its subscriber reads them', async () => {
      const query = { fields: ['*'], filter: { email: { _starts_with: 'live-' } } };
      const admin = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
      const editor = await openAuthenticated(server.wsUrl, { access_token: EDITOR_TOKEN });

      admin.send({
        type: 'subscribe',
        collection: 'directus_users',
        query: { ...query, fields: ['id', 'email', 'first_name'] },
        uid: 'a',
      });
      editor.send({ type: 'subscribe', collection: 'directus_users', query, uid: 'e' });
      expect(await admin.next(subscription('a', 'init'))).toMatchObject({ data: [] });
      expect(await editor.next(subscription('e', 'init'))).toMatchObject({ data: [] });

      const created = await rest('POST', '/users', {
        email: 'live-ann@example.com',
        password: 'secret-password',
        first_name: 'Ann',
      });
      expect(created.statusCode).toBe(200);
      const id = created.json().data.id;
      expect((await admin.next(subscription('a', 'create'))).data).toEqual([
        { id, email: 'live-ann@example.com', first_name: 'Ann' },
      ]);
      // The editor's app access lets it read its own user only: other users do not reach it.
      await editor.none((m) => m.type === 'subscription' && m.event === 'create', 300);

      // Once it may read id and email of every user, it gets those, as REST reads them for it: fields its
      // own-user permission covers are there but null for other users.
      await server.api.database.kysely
        .insertInto('directus_permissions')
        .values({ policy: POLICY, collection: 'directus_users', action: 'read', fields: 'id,email' })
        .execute();
      await server.api.server.app.plinth.permissions.invalidate();
      expect((await rest('PATCH', `/users/${id}`, { first_name: 'Bea' })).statusCode).toBe(200);
      expect((await admin.next(subscription('a', 'update'))).data).toEqual([
        { id, email: 'live-ann@example.com', first_name: 'Bea' },
      ]);
      const asEditor = await server.api.get(`/users/${id}?fields=*`, {
        authorization: `Bearer ${EDITOR_TOKEN}`,
      });
      expect(asEditor.json().data).toMatchObject({ id, email: 'live-ann@example.com', first_name: null });
      expect((await editor.next(subscription('e', 'update'))).data).toEqual([asEditor.json().data]);

      expect((await rest('DELETE', `/users/${id}`)).statusCode).toBe(204);
      expect((await admin.next(subscription('a', 'delete'))).data).toEqual([id]);
      expect((await editor.next(subscription('e', 'delete'))).data).toEqual([id]);

      // Users outside the subscription's filter never arrive.
      await rest('POST', '/users', { email: 'other@example.com', password: 'secret-password' });
      await admin.none((m) => m.type === 'subscription' && m.event === 'create', 300);
      admin.close();
      editor.close();
    });

    it("reaches @directus/sdk's realtime() client subscribed to directus_users", async () => {
      const client = createDirectus(server.httpUrl, { globals: { WebSocket: WebSocket as never } })
        .with(staticToken(ADMIN_TOKEN))
        .with(realtime({ reconnect: false }));
      await client.connect();
      const { subscription, unsubscribe } = await client.subscribe('directus_users', {
        query: { fields: ['id', 'email'], filter: { email: { _starts_with: 'sdk-' } } },
      });
      const events = subscription[Symbol.asyncIterator]();
      expect((await events.next()).value).toMatchObject({ type: 'subscription', event: 'init', data: [] });
      const created = await rest('POST', '/users', { email: 'sdk-user@example.com', password: 'pw-123456' });
      expect((await events.next()).value).toMatchObject({
        event: 'create',
        data: [{ id: created.json().data.id, email: 'sdk-user@example.com' }],
      });
      unsubscribe();
      client.disconnect();
    });

    it('follows one user by `item`', async () => {
      const created = await rest('POST', '/users', { email: 'live-item@example.com', password: 'pw-123456' });
      const id = created.json().data.id;
      const admin = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
      admin.send({
        type: 'subscribe',
        collection: 'directus_users',
        item: id,
        query: { fields: ['email', 'last_name'] },
        uid: 'one',
      });
      expect((await admin.next(subscription('one', 'init'))).data).toEqual({
        email: 'live-item@example.com',
        last_name: null,
      });
      await rest('PATCH', `/users/${id}`, { last_name: 'Lee' });
      expect((await admin.next(subscription('one', 'update'))).data).toEqual({
        email: 'live-item@example.com',
        last_name: 'Lee',
      });
      admin.close();
    });
  });
}

/** A raw graphql-transport-ws socket: its messages and its close. */
function graphqlTransportSocket(url: string) {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const messages: Received[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason), at: Date.now() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, messages, closed, opened };
}

const acknowledged = async (socket: ReturnType<typeof graphqlTransportSocket>) => {
  const until = Date.now() + 5_000;
  while (!socket.messages.some((m) => m.type === 'connection_ack')) {
    if (Date.now() > until) throw new Error(`no connection_ack: ${JSON.stringify(socket.messages)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

describe('GraphQL subscription sockets and token expiry', () => {
  let server: RealtimeServer;
  let url: string;
  const login = async () => (await server.api.post('/auth/login', EDITOR)).json().data.access_token as string;

  beforeAll(async () => {
    server = await createRealtimeServer(sqlite, { ACCESS_TOKEN_TTL: '1s' });
    url = server.wsUrl.replace(/\/websocket$/, '/graphql');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('closes with 4403 once the connection_init token expires', async () => {
    const token = await login();
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    const socket = graphqlTransportSocket(url);
    await socket.opened;
    socket.ws.send(JSON.stringify({ type: 'connection_init', payload: { access_token: token } }));
    await acknowledged(socket);
    const closed = await socket.closed;
    expect(closed).toMatchObject({ code: 4403, reason: 'Token expired.' });
    expect(closed.at).toBeGreaterThanOrEqual(exp * 1000 - 50);
  });

  it('closes with 4403 once the upgrade token expires', async () => {
    const socket = graphqlTransportSocket(`${url}?access_token=${await login()}`);
    await socket.opened;
    socket.ws.send(JSON.stringify({ type: 'connection_init' }));
    await acknowledged(socket);
    expect(await socket.closed).toMatchObject({ code: 4403, reason: 'Token expired.' });
  });

  it('keeps a socket of a static token open', async () => {
    const socket = graphqlTransportSocket(url);
    await socket.opened;
    socket.ws.send(JSON.stringify({ type: 'connection_init', payload: { access_token: ADMIN_TOKEN } }));
    await acknowledged(socket);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
    socket.ws.close();
    await socket.closed;
  });
});
