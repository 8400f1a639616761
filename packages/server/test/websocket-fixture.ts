import type { TestEngine } from '@plinth/test-kit';
import WebSocket from 'ws';
import { ADMIN_ROLE, type AuthServer, createAuthServer, POLICY } from './auth-fixture.js';

export const ADMIN_TOKEN = 'realtime-admin-token';
export const EDITOR_TOKEN = 'realtime-editor-token';
export const EDITOR = { email: 'editor@example.com', password: 'editor-password' };

/** A listening server with an `articles` collection, an admin and an editor who reads published rows. */
export interface RealtimeServer {
  api: AuthServer;
  /** `ws://127.0.0.1:<port>/websocket`. */
  wsUrl: string;
  httpUrl: string;
  close(): Promise<void>;
}

export const REALTIME_SETTINGS = { WEBSOCKETS_ENABLED: 'true', WEBSOCKETS_HEARTBEAT_ENABLED: 'false' };

/** Listens on a free port and returns its base URLs. */
export async function listen(app: AuthServer['server']['app']): Promise<{ httpUrl: string; wsUrl: string }> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { httpUrl: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/websocket` };
}

/** Creates `articles` (id, title, status, secret) through the API and lets editors read published rows. */
export async function seedArticles(api: AuthServer): Promise<void> {
  const response = await api.post(
    '/collections',
    {
      collection: 'articles',
      schema: {},
      fields: [
        { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
        { field: 'title', type: 'string' },
        { field: 'status', type: 'string', schema: { default_value: 'draft' } },
        { field: 'secret', type: 'string' },
      ],
    },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  if (response.statusCode !== 200) throw new Error(`creating articles: ${response.body}`);
  await api.database.kysely
    .insertInto('directus_permissions')
    .values({
      policy: POLICY,
      collection: 'articles',
      action: 'read',
      permissions: JSON.stringify({ status: { _eq: 'published' } }),
      fields: 'id,title,status',
    })
    .execute();
  await api.server.app.plinth.permissions.invalidate();
}

/** A server with the realtime socket on, `articles`, an admin (static token) and an editor. */
export async function createRealtimeServer(
  engine: TestEngine,
  settings: Record<string, string> = {},
): Promise<RealtimeServer> {
  const api = await createAuthServer(engine, { ...REALTIME_SETTINGS, ...settings });
  await api.addUser({ email: 'admin@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
  await api.addUser({ ...EDITOR, token: EDITOR_TOKEN });
  await seedArticles(api);
  const urls = await listen(api.server.app);
  return { api, ...urls, close: () => api.close() };
}

/** A message as the tests look at it: asserted on with `toEqual`, so typed loosely. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of what the server sent.
export type Received = any;

/** A test client: sends objects, and waits for the next message that matches. */
export interface TestSocket {
  ws: WebSocket;
  /** Everything received so far, in order. */
  received: Received[];
  send(message: unknown): void;
  sendRaw(text: string): void;
  /** The next not yet taken message that matches (the first one at all by default). */
  next(match?: (message: Received) => boolean, timeoutMs?: number): Promise<Received>;
  /** Resolves with nothing if no matching message arrives within `ms`; rejects if one does. */
  none(match: (message: Received) => boolean, ms: number): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** Opens a socket and resolves once it is open (rejects with the HTTP status when refused). */
export function openSocket(url: string): Promise<TestSocket> {
  const ws = new WebSocket(url);
  const received: Received[] = [];
  const taken = new Set<number>();
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    received.push(JSON.parse(String(data)));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      resolve({ code, reason: String(reason) });
      for (const wake of waiters.splice(0)) wake();
    }),
  );
  const find = (match: (message: Received) => boolean) =>
    received.findIndex((m, i) => !taken.has(i) && match(m));
  const socket: TestSocket = {
    ws,
    received,
    closed,
    send: (message) => ws.send(JSON.stringify(message)),
    sendRaw: (text) => ws.send(text),
    next(match = () => true, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching message in ${timeoutMs} ms; got ${JSON.stringify(received)}`)),
          timeoutMs,
        );
        const check = () => {
          const index = find(match);
          if (index === -1) return void waiters.push(check);
          taken.add(index);
          clearTimeout(timer);
          resolve(received[index]);
        };
        check();
      });
    },
    async none(match, ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      const index = find(match);
      if (index !== -1) throw new Error(`unexpected message ${JSON.stringify(received[index])}`);
    },
    close: () => ws.close(),
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket));
    // With this listener the request is ours to end; left open, it would hold the server's close.
    ws.once('unexpected-response', (request, response) => {
      request.destroy();
      reject(new Error(`upgrade refused with ${response.statusCode}`));
    });
    ws.once('error', reject);
  });
}

/** Opens a socket and authenticates it with `auth` fields (handshake mode). */
export async function openAuthenticated(url: string, auth: Record<string, unknown>): Promise<TestSocket> {
  const socket = await openSocket(url);
  socket.send({ type: 'auth', ...auth });
  const reply = await socket.next((m) => m.type === 'auth');
  if (reply.status !== 'ok') throw new Error(`auth refused: ${JSON.stringify(reply)}`);
  return socket;
}
