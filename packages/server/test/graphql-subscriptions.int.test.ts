import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphqlSocket, subscribe } from './graphql-socket-fixture.js';
import {
  ADMIN_TOKEN,
  createRealtimeServer,
  EDITOR_TOKEN,
  type RealtimeServer,
  type Received,
} from './websocket-fixture.js';

const MUTATED = 'subscription { articles_mutated { key event data { id title } } }';
// Subscriptions register asynchronously after the subscribe message; writes wait for that.
const registered = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Opens a raw socket speaking graphql-transport-ws and collects its messages and close. */
function rawSocket(url: string) {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const messages: Received[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, messages, closed, opened };
}

const waitFor = async (check: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'GraphQL subscription tests', '@plinth/server');
  describe.skipIf(!engine.url)(`GraphQL subscriptions on ${engine.client}`, () => {
    let server: RealtimeServer;
    let url: string;
    const clients: Client[] = [];
    const client = (token?: string) => {
      const created = graphqlSocket(url, token);
      clients.push(created);
      return created;
    };
    const rest = (method: 'POST' | 'PATCH' | 'DELETE', path: string, payload?: object) =>
      server.api.server.app.inject({
        method,
        url: path,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      server = await createRealtimeServer(engine, { WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT: '500ms' });
      url = server.wsUrl.replace(/\/websocket$/, '/graphql');
    });
    afterEach(async () => {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    });
    afterAll(async () => {
      await server?.close();
    });

    it('sends create, update and delete events as { key, event, data }', async () => {
      const live = subscribe(client(ADMIN_TOKEN), MUTATED);
      await registered();
      const created = await rest('POST', '/items/articles', { title: 'First', status: 'published' });
      const id = created.json().data.id;
      expect(await live.nth(1)).toEqual({
        data: {
          articles_mutated: { key: String(id), event: 'create', data: { id: String(id), title: 'First' } },
        },
      });
      await rest('PATCH', `/items/articles/${id}`, { title: 'Renamed' });
      expect(await live.nth(2)).toEqual({
        data: {
          articles_mutated: { key: String(id), event: 'update', data: { id: String(id), title: 'Renamed' } },
        },
      });
      await rest('DELETE', `/items/articles/${id}`);
      expect(await live.nth(3)).toEqual({
        data: { articles_mutated: { key: String(id), event: 'delete', data: null } },
      });
    });

    it('narrows to one event and yields one event per key of a batch', async () => {
      const live = subscribe(
        client(ADMIN_TOKEN),
        'subscription { articles_mutated(event: create) { key event } }',
      );
      await registered();
      const created = await rest('POST', '/items/articles', [{ title: 'A' }, { title: 'B' }]);
      const ids = created.json().data.map((row: { id: number }) => String(row.id));
      await rest('PATCH', `/items/articles/${ids[0]}`, { title: 'A2' });
      await live.nth(2);
      await live.settles(2, 300);
      expect(live.received.map((r) => r.data.articles_mutated)).toEqual(
        ids.map((key: string) => ({ key, event: 'create' })),
      );
    });

    it('reads each event back as the subscriber: rows they may not read never arrive', async () => {
      const live = subscribe(client(EDITOR_TOKEN), MUTATED);
      // A second subscriber with the same view shares the first one's read of each change.
      const twin = subscribe(client(EDITOR_TOKEN), MUTATED);
      await registered();
      await rest('POST', '/items/articles', { title: 'Draft', status: 'draft' });
      const published = await rest('POST', '/items/articles', { title: 'Out', status: 'published' });
      const id = published.json().data.id;
      expect((await live.nth(1)).data.articles_mutated).toEqual({
        key: String(id),
        event: 'create',
        data: { id: String(id), title: 'Out' },
      });
      await live.settles(1, 300);
      expect(twin.received).toEqual(live.received);
    });

    it("refuses fields outside the subscriber's schema with a validation error", async () => {
      const live = subscribe(client(EDITOR_TOKEN), 'subscription { articles_mutated { data { secret } } }');
      const errors = (await live.error) as Array<{ message: string }>;
      expect(errors[0]?.message).toMatch(/secret/);
    });

    it('closes a socket whose connection_init brings no valid token, or never comes (4403)', async () => {
      for (const token of [undefined, 'not-a-token']) {
        const socket = rawSocket(url);
        await socket.opened;
        socket.ws.send(
          JSON.stringify({ type: 'connection_init', ...(token ? { payload: { access_token: token } } : {}) }),
        );
        expect((await socket.closed).code).toBe(4403);
      }
      const silent = rawSocket(url);
      await silent.opened;
      const started = Date.now();
      expect((await silent.closed).code).toBe(4403);
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    });

    it('closes on malformed and unknown messages (4400) and stays healthy', async () => {
      for (const text of ['not json', JSON.stringify({ type: 'shout' })]) {
        const socket = rawSocket(url);
        await socket.opened;
        socket.ws.send(JSON.stringify({ type: 'connection_init', payload: { access_token: ADMIN_TOKEN } }));
        await waitFor(() => socket.messages.some((m) => m.type === 'connection_ack'));
        socket.ws.send(text);
        expect((await socket.closed).code).toBe(4400);
      }
      const live = subscribe(client(ADMIN_TOKEN), 'subscription { articles_mutated { key } }');
      await registered();
      await rest('POST', '/items/articles', { title: 'Still here' });
      expect((await live.nth(1)).data.articles_mutated.key).toEqual(expect.any(String));
    });

    it('refuses operations past the per-socket cap with LIMIT_EXCEEDED', async () => {
      const socket = rawSocket(url);
      await socket.opened;
      socket.ws.send(JSON.stringify({ type: 'connection_init', payload: { access_token: ADMIN_TOKEN } }));
      await waitFor(() => socket.messages.some((m) => m.type === 'connection_ack'));
      for (let i = 0; i < 101; i++) {
        socket.ws.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: MUTATED } }));
      }
      await waitFor(() => socket.messages.some((m) => m.type === 'error'));
      const refused = socket.messages.filter((m) => m.type === 'error');
      expect(refused).toHaveLength(1);
      expect(refused[0].payload[0].extensions.code).toBe('LIMIT_EXCEEDED');
      socket.ws.close();
    });

    it('refuses a subscription sent over HTTP with GRAPHQL_VALIDATION', async () => {
      const response = await server.api.server.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: { query: MUTATED },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].extensions.code).toBe('GRAPHQL_VALIDATION');
    });

    it('answers queries over the socket too', async () => {
      const result = await new Promise<Received>((resolve, reject) => {
        client(EDITOR_TOKEN).subscribe(
          { query: '{ articles(limit: 1) { title } }' },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      expect(result.data.articles).toHaveLength(1);
    });
  });
}

const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite');
describe.skipIf(!sqlite?.url)('GraphQL socket authentication modes', () => {
  it('strict needs the upgrade token; public lets anyone in as the public role', async () => {
    const strict = await createRealtimeServer(sqlite!, { WEBSOCKETS_GRAPHQL_AUTH: 'strict' });
    const publicServer = await createRealtimeServer(sqlite!, { WEBSOCKETS_GRAPHQL_AUTH: 'public' });
    try {
      const strictUrl = strict.wsUrl.replace(/\/websocket$/, '/graphql');
      const refused = rawSocket(strictUrl);
      await refused.opened;
      expect((await refused.closed).code).toBe(4403);
      const admitted = graphqlSocket(`${strictUrl}?access_token=${ADMIN_TOKEN}`);
      const answer = await new Promise<Received>((resolve, reject) => {
        admitted.subscribe(
          { query: '{ articles { id } }' },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      expect(answer.data.articles).toEqual([]);
      await admitted.dispose();

      const anonymous = graphqlSocket(publicServer.wsUrl.replace(/\/websocket$/, '/graphql'));
      // The public role reads nothing here, so its schema has no articles.
      const refusedQuery = await new Promise<Received>((resolve) => {
        anonymous.subscribe(
          { query: '{ articles { id } }' },
          { next: resolve, error: resolve, complete: () => {} },
        );
      });
      expect(JSON.stringify(refusedQuery)).toMatch(/articles/);
      expect(Array.isArray(refusedQuery)).toBe(true);
      await anonymous.dispose();
    } finally {
      await strict.close();
      await publicServer.close();
    }
  });
});
