import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  createRealtimeServer,
  EDITOR,
  EDITOR_TOKEN,
  openAuthenticated,
  openSocket,
  type RealtimeServer,
  type Received,
} from './websocket-fixture.js';

const isSubscription = (uid: string, event?: string) => (m: Received) =>
  m.type === 'subscription' && m.uid === uid && (event === undefined || m.event === event);

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'realtime WebSocket tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/websocket on ${engine.client}`, () => {
    let server: RealtimeServer;
    const items = (socket: Awaited<ReturnType<typeof openSocket>>, message: object, uid: string) => {
      socket.send({ type: 'items', uid, ...message });
      return socket.next((m) => m.type === 'items' && m.uid === uid);
    };

    beforeAll(async () => {
      server = await createRealtimeServer(engine, { WEBSOCKETS_REST_AUTH_TIMEOUT: '400ms' });
    });
    afterAll(async () => {
      await server?.close();
    });

    describe('authentication (handshake mode)', () => {
      it('accepts a static or access token and answers ok with the uid', async () => {
        const socket = await openSocket(server.wsUrl);
        socket.send({ type: 'auth', access_token: ADMIN_TOKEN, uid: 'a1' });
        expect(await socket.next()).toEqual({ type: 'auth', status: 'ok', uid: 'a1' });
        socket.close();

        const login = await server.api.post('/auth/login', EDITOR);
        const token = login.json().data.access_token;
        const second = await openSocket(server.wsUrl);
        second.send({ type: 'auth', access_token: token });
        expect(await second.next()).toEqual({ type: 'auth', status: 'ok' });
        second.close();
      });

      it('logs in by email and password, then by the refresh token it was given', async () => {
        const socket = await openSocket(server.wsUrl);
        socket.send({ type: 'auth', ...EDITOR, uid: 1 });
        const first = await socket.next();
        expect(first).toMatchObject({ type: 'auth', status: 'ok', uid: 1 });
        expect(typeof first.refresh_token).toBe('string');
        socket.send({ type: 'auth', refresh_token: first.refresh_token });
        const second = await socket.next();
        expect(second.status).toBe('ok');
        expect(second.refresh_token).not.toBe(first.refresh_token);
        // The socket is now the editor: an unpublished row it cannot read is refused.
        expect(
          await items(socket, { collection: 'articles', action: 'create', data: { title: 'x' } }, 'c'),
        ).toEqual({
          type: 'items',
          status: 'error',
          error: { code: 'FORBIDDEN', message: expect.any(String) },
          uid: 'c',
        });
        socket.close();
      });

      it('refuses bad credentials with AUTH_FAILED and closes', async () => {
        for (const auth of [
          { access_token: 'not-a-token' },
          { email: EDITOR.email, password: 'wrong' },
          { refresh_token: 'nope' },
          {},
        ]) {
          const socket = await openSocket(server.wsUrl);
          socket.send({ type: 'auth', uid: 'x', ...auth });
          expect(await socket.next()).toEqual({
            type: 'auth',
            status: 'error',
            error: { code: 'AUTH_FAILED', message: 'Authentication failed.' },
            uid: 'x',
          });
          expect((await socket.closed).code).toBe(1000);
        }
      });

      it('closes a socket that does not authenticate in time, or sends something else first', async () => {
        const silent = await openSocket(server.wsUrl);
        expect(await silent.next(undefined, 2_000)).toEqual({
          type: 'auth',
          status: 'error',
          error: { code: 'AUTH_FAILED', message: 'Authentication handshake failed.' },
        });
        await silent.closed;

        const eager = await openSocket(server.wsUrl);
        eager.send({ type: 'subscribe', collection: 'articles', uid: 's' });
        expect((await eager.next()).error.code).toBe('AUTH_FAILED');
        await eager.closed;
      });

      it('authenticates at the upgrade with ?access_token=, and refuses a bad one with 401', async () => {
        const socket = await openSocket(`${server.wsUrl}?access_token=${ADMIN_TOKEN}`);
        expect((await items(socket, { collection: 'articles', action: 'read' }, 'r')).data).toEqual([]);
        socket.close();
        await expect(openSocket(`${server.wsUrl}?access_token=bad`)).rejects.toThrow('401');
      });
    });

    describe('subscriptions', () => {
      it('sends init, then create, update and delete events shaped by the query', async () => {
        const socket = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        const writer = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        socket.send({
          type: 'subscribe',
          collection: 'articles',
          query: { fields: ['id', 'title'] },
          uid: 's1',
        });
        expect(await socket.next(isSubscription('s1', 'init'))).toEqual({
          type: 'subscription',
          event: 'init',
          data: [],
          uid: 's1',
        });

        const created = await items(
          writer,
          { collection: 'articles', action: 'create', data: { title: 'A' } },
          'w1',
        );
        const id = created.data.id;
        expect(await socket.next(isSubscription('s1', 'create'))).toEqual({
          type: 'subscription',
          event: 'create',
          data: [{ id, title: 'A' }],
          uid: 's1',
        });

        // A REST write reaches the socket the same way.
        const patched = await server.api.server.app.inject({
          method: 'PATCH',
          url: `/items/articles/${id}`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: { title: 'A2' },
        });
        expect(patched.statusCode).toBe(200);
        expect((await socket.next(isSubscription('s1', 'update'))).data).toEqual([{ id, title: 'A2' }]);

        await items(writer, { collection: 'articles', action: 'delete', id }, 'w2');
        expect(await socket.next(isSubscription('s1', 'delete'))).toEqual({
          type: 'subscription',
          event: 'delete',
          data: [id],
          uid: 's1',
        });

        socket.send({ type: 'unsubscribe', uid: 's1' });
        expect(await socket.next(isSubscription('s1', 'unsubscribe'))).toEqual({
          type: 'subscription',
          event: 'unsubscribe',
          uid: 's1',
        });
        await items(writer, { collection: 'articles', action: 'create', data: { title: 'B' } }, 'w3');
        await socket.none(isSubscription('s1', 'create'), 200);
        socket.close();
        writer.close();
      });

      it('follows one item, or one event, when asked to', async () => {
        const socket = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        const { data } = await items(
          socket,
          { collection: 'articles', action: 'create', data: [{ title: 'one' }, { title: 'two' }] },
          'c',
        );
        const [one, two] = data;
        socket.send({
          type: 'subscribe',
          collection: 'articles',
          item: one.id,
          query: { fields: 'id,title' },
          uid: 'i',
        });
        expect((await socket.next(isSubscription('i', 'init'))).data).toEqual({ id: one.id, title: 'one' });
        socket.send({ type: 'subscribe', collection: 'articles', event: 'delete', uid: 'd' });
        expect(await socket.next(isSubscription('d', 'init'))).toEqual({
          type: 'subscription',
          event: 'init',
          uid: 'd',
        });

        await items(
          socket,
          { collection: 'articles', action: 'update', ids: [one.id, two.id], data: { title: 'x' } },
          'u',
        );
        expect((await socket.next(isSubscription('i', 'update'))).data).toEqual({ id: one.id, title: 'x' });
        await socket.none(isSubscription('d', 'update'), 100);
        await items(socket, { collection: 'articles', action: 'delete', ids: [two.id] }, 'del');
        expect((await socket.next(isSubscription('d', 'delete'))).data).toEqual([two.id]);
        await socket.none(isSubscription('i', 'delete'), 100);
        socket.close();
      });

      it('reads every event back as the subscriber: rows and fields it may not read never arrive', async () => {
        const editor = await openAuthenticated(server.wsUrl, { access_token: EDITOR_TOKEN });
        const admin = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        editor.send({ type: 'subscribe', collection: 'articles', uid: 'e' });
        await editor.next(isSubscription('e', 'init'));
        admin.send({ type: 'subscribe', collection: 'articles', query: { fields: ['title'] }, uid: 'a' });
        await admin.next(isSubscription('a', 'init'));

        await items(
          admin,
          { collection: 'articles', action: 'create', data: { title: 'hidden', secret: 's' } },
          'c1',
        );
        expect((await admin.next(isSubscription('a', 'create'))).data).toEqual([{ title: 'hidden' }]);
        await editor.none(isSubscription('e', 'create'), 200);

        const published = await items(
          admin,
          {
            collection: 'articles',
            action: 'create',
            data: { title: 'open', status: 'published', secret: 's' },
          },
          'c2',
        );
        expect((await editor.next(isSubscription('e', 'create'))).data).toEqual([
          { id: published.data.id, title: 'open', status: 'published' },
        ]);
        // Unpublishing is an update the editor can no longer see.
        await items(
          admin,
          { collection: 'articles', action: 'update', id: published.data.id, data: { status: 'draft' } },
          'u',
        );
        await admin.next(isSubscription('a', 'update'));
        await editor.none(isSubscription('e', 'update'), 200);
        editor.close();
        admin.close();
      });

      // A system write wraps the items write flow in its own transaction: its events must wait for that
      // outer commit, or on a pooled engine the read-back would not see the row yet.
      it('serves the system collections the REST API serves as stored, with the same rights', async () => {
        const admin = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        admin.send({
          type: 'subscribe',
          collection: 'directus_folders',
          query: { fields: ['name'] },
          uid: 'f',
        });
        expect((await admin.next(isSubscription('f', 'init'))).data).toEqual([]);
        const created = await server.api.server.app.inject({
          method: 'POST',
          url: '/folders',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: { name: 'Inbox' },
        });
        expect(created.statusCode).toBe(200);
        expect((await admin.next(isSubscription('f', 'create'))).data).toEqual([{ name: 'Inbox' }]);

        const editor = await openAuthenticated(server.wsUrl, { access_token: EDITOR_TOKEN });
        editor.send({ type: 'subscribe', collection: 'directus_folders', uid: 'f' });
        expect((await editor.next((m) => m.uid === 'f')).error.code).toBe('FORBIDDEN');
        admin.close();
        editor.close();
      });

      it('stops sending to a user who was suspended after subscribing', async () => {
        const userId = await server.api.addUser({ email: 'brief@example.com', token: 'brief-token' });
        const socket = await openAuthenticated(server.wsUrl, { access_token: 'brief-token' });
        socket.send({ type: 'subscribe', collection: 'articles', event: 'create', uid: 's' });
        await socket.next(isSubscription('s', 'init'));
        const admin = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        const publish = (title: string, uid: string) =>
          items(
            admin,
            { collection: 'articles', action: 'create', data: { title, status: 'published' } },
            uid,
          );
        await publish('before', 'p1');
        expect((await socket.next(isSubscription('s', 'create'))).data[0].title).toBe('before');

        const suspended = await server.api.server.app.inject({
          method: 'PATCH',
          url: `/users/${userId}`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: { status: 'suspended' },
        });
        expect(suspended.statusCode).toBe(200);
        await publish('after', 'p2');
        await socket.none(isSubscription('s', 'create'), 300);
        admin.close();
        socket.close();
      });

      it('refuses to follow an item the subscriber may not read', async () => {
        const admin = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        const draft = await items(
          admin,
          { collection: 'articles', action: 'create', data: { title: 'd' } },
          'c',
        );
        const editor = await openAuthenticated(server.wsUrl, { access_token: EDITOR_TOKEN });
        editor.send({ type: 'subscribe', collection: 'articles', item: draft.data.id, uid: 'i' });
        expect(await editor.next((m) => m.uid === 'i')).toMatchObject({
          type: 'subscribe',
          status: 'error',
          error: { code: 'FORBIDDEN' },
        });
        // Refused subscriptions are not kept: publishing the item later sends nothing.
        await items(
          admin,
          { collection: 'articles', action: 'update', id: draft.data.id, data: { status: 'published' } },
          'u',
        );
        await editor.none((m) => m.type === 'subscription', 200);
        admin.close();
        editor.close();
      });

      it('refuses unknown and system collections, bad queries, and too many subscriptions', async () => {
        const socket = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        for (const collection of ['nope', 'directus_sessions']) {
          socket.send({ type: 'subscribe', collection, uid: collection });
          expect(await socket.next((m) => m.uid === collection)).toEqual({
            type: 'subscribe',
            status: 'error',
            error: {
              code: 'INVALID_COLLECTION',
              message: 'The provided collection does not exists or is not accessible.',
            },
            uid: collection,
          });
        }
        socket.send({
          type: 'subscribe',
          collection: 'articles',
          query: { filter: { nope: { _eq: 1 } } },
          uid: 'q',
        });
        expect((await socket.next((m) => m.uid === 'q')).status).toBe('error');
        for (let index = 0; index < 100; index++) {
          socket.send({ type: 'subscribe', collection: 'articles', event: 'create', uid: `f${index}` });
        }
        for (let index = 0; index < 100; index++) await socket.next(isSubscription(`f${index}`, 'init'));
        socket.send({ type: 'subscribe', collection: 'articles', event: 'create', uid: 'one-too-many' });
        expect((await socket.next((m) => m.uid === 'one-too-many')).error.code).toBe('LIMIT_EXCEEDED');
        // Re-subscribing with a uid in use replaces it, so it is not refused.
        socket.send({ type: 'subscribe', collection: 'articles', event: 'update', uid: 'f0' });
        expect((await socket.next((m) => m.uid === 'f0')).event).toBe('init');
        socket.close();
      });
    });

    describe('items messages', () => {
      it('creates, reads, updates and deletes as the socket caller', async () => {
        const socket = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        const created = await items(
          socket,
          {
            collection: 'articles',
            action: 'create',
            data: { title: 'crud', status: 'published' },
            query: { fields: ['id', 'title'] },
          },
          '1',
        );
        expect(created).toEqual({ type: 'items', data: { id: expect.any(Number), title: 'crud' }, uid: '1' });
        const id = created.data.id;
        expect(
          (
            await items(
              socket,
              { collection: 'articles', action: 'read', id, query: { fields: 'status' } },
              '2',
            )
          ).data,
        ).toEqual({
          status: 'published',
        });
        const list = await items(
          socket,
          {
            collection: 'articles',
            action: 'read',
            query: { filter: { id: { _eq: id } }, fields: ['title'], meta: 'filter_count' },
          },
          '3',
        );
        expect(list.data).toEqual([{ title: 'crud' }]);
        expect(list.meta).toEqual({ filter_count: 1 });
        expect(
          (
            await items(
              socket,
              { collection: 'articles', action: 'update', id, data: { title: 'crud2' } },
              '4',
            )
          ).data.title,
        ).toBe('crud2');
        expect((await items(socket, { collection: 'articles', action: 'delete', id }, '5')).data).toBe(id);
        expect((await items(socket, { collection: 'articles', action: 'read', id }, '6')).error.code).toBe(
          'FORBIDDEN',
        );
        expect((await items(socket, { collection: 'directus_users', action: 'read' }, '7')).error.code).toBe(
          'INVALID_COLLECTION',
        );
        expect((await items(socket, { collection: 'articles', action: 'explode' }, '8')).error.code).toBe(
          'INVALID_PAYLOAD',
        );
        expect(
          (await items(socket, { collection: 'articles', action: 'create', data: 'x' }, '9')).error.code,
        ).toBe('INVALID_PAYLOAD');
        socket.close();
      });
    });

    describe('bad input and heartbeat', () => {
      it('answers malformed frames with errors and stays open', async () => {
        const socket = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
        socket.sendRaw('{not json');
        expect(await socket.next()).toEqual({
          type: 'server',
          status: 'error',
          error: { code: 'INVALID_PAYLOAD', message: 'Unable to parse the incoming message.' },
        });
        socket.sendRaw('[1,2]');
        expect((await socket.next()).error.code).toBe('INVALID_PAYLOAD');
        socket.send({ type: 42, uid: 'n' });
        expect(await socket.next()).toMatchObject({ type: 'server', status: 'error', uid: 'n' });
        socket.send({ type: 'teleport', uid: 't' });
        expect(await socket.next()).toMatchObject({
          type: 'teleport',
          status: 'error',
          error: { code: 'INVALID_PAYLOAD' },
          uid: 't',
        });
        socket.send({
          type: 'items',
          uid: 'big',
          collection: 'articles',
          action: 'create',
          data: { title: 'x'.repeat(1_100_000) },
        });
        expect(await socket.next()).toMatchObject({
          type: 'server',
          error: { code: 'CONTENT_TOO_LARGE' },
          uid: 'big',
        });
        socket.send({ type: 'ping', uid: 'p' });
        expect(await socket.next()).toEqual({ type: 'pong', uid: 'p' });
        socket.close();
      });
    });
  });
}
