import { createDirectus, realtime, staticToken } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ADMIN_TOKEN,
  createRealtimeServer,
  EDITOR_TOKEN,
  type RealtimeServer,
  type Received,
} from './websocket-fixture.js';

interface Schema {
  articles: { id: number; title: string; status: string; secret: string }[];
}

/** Node 20 has no global WebSocket: the SDK takes `ws` through its globals. */
function sdkClient(server: RealtimeServer, token: string, authMode: 'handshake' | 'strict' = 'handshake') {
  return createDirectus<Schema>(server.httpUrl, { globals: { WebSocket: WebSocket as never } })
    .with(staticToken(token))
    .with(realtime({ authMode, reconnect: false, heartbeat: true }));
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '@directus/sdk realtime() tests', '@plinth/server');
  describe.skipIf(!engine.url)(`@directus/sdk realtime() on ${engine.client}`, () => {
    let server: RealtimeServer;
    beforeAll(async () => {
      server = await createRealtimeServer(engine);
    });
    afterAll(async () => {
      await server?.close();
    });

    for (const authMode of ['handshake', 'strict'] as const) {
      it(`subscribes, receives create, update and delete, and sends items messages (${authMode})`, async () => {
        const client = sdkClient(server, ADMIN_TOKEN, authMode);
        await client.connect();
        const { subscription, unsubscribe } = await client.subscribe('articles', {
          query: { fields: ['id', 'title'], filter: { title: { _starts_with: authMode } } },
        });
        const events = subscription[Symbol.asyncIterator]();
        expect((await events.next()).value).toMatchObject({ type: 'subscription', event: 'init', data: [] });

        // Writes go through a second client: the SDK's subscription reads one message at a time and
        // can miss an event that arrives in the same chunk as the reply to its own items message.
        const writer = sdkClient(server, ADMIN_TOKEN);
        await writer.connect();
        writer.sendMessage({
          type: 'items',
          collection: 'articles',
          action: 'create',
          data: { title: `${authMode} 1` },
        });
        const created = (await events.next()).value as Received;
        expect(created).toMatchObject({ event: 'create', data: [{ title: `${authMode} 1` }] });
        const id = created.data[0].id;

        writer.sendMessage({
          type: 'items',
          collection: 'articles',
          action: 'update',
          id,
          data: { title: `${authMode} 2` },
        });
        expect((await events.next()).value).toMatchObject({
          event: 'update',
          data: [{ id, title: `${authMode} 2` }],
        });
        // Rows outside the subscription's filter never arrive.
        writer.sendMessage({
          type: 'items',
          collection: 'articles',
          action: 'create',
          data: { title: 'other' },
        });
        writer.sendMessage({ type: 'items', collection: 'articles', action: 'delete', id });
        expect((await events.next()).value).toMatchObject({ event: 'delete', data: [id] });
        unsubscribe();
        client.disconnect();
        writer.disconnect();
      });
    }

    it('gives a limited subscriber only what it may read', async () => {
      const editor = sdkClient(server, EDITOR_TOKEN);
      await editor.connect();
      const { subscription } = await editor.subscribe('articles', { event: 'create' });
      const events = subscription[Symbol.asyncIterator]();
      expect((await events.next()).value).toMatchObject({ event: 'init' });
      const admin = sdkClient(server, ADMIN_TOKEN);
      await admin.connect();
      admin.sendMessage({
        type: 'items',
        collection: 'articles',
        action: 'create',
        data: { title: 'draft' },
      });
      admin.sendMessage({
        type: 'items',
        collection: 'articles',
        action: 'create',
        data: { title: 'shown', status: 'published', secret: 'no' },
      });
      const next = (await events.next()).value as Received;
      expect(next.event).toBe('create');
      expect(next.data).toEqual([{ id: expect.any(Number), title: 'shown', status: 'published' }]);
      editor.disconnect();
      admin.disconnect();
    });
  });
}
