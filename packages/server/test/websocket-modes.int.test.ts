import { listTestEngines } from '@plinth/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  createRealtimeServer,
  EDITOR,
  openAuthenticated,
  openSocket,
  type RealtimeServer,
} from './websocket-fixture.js';

// Modes, limits and timers do not depend on the database: these run on SQLite only.
const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

describe('/websocket modes, limits and timers', () => {
  let server: RealtimeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('is not served unless WEBSOCKETS_ENABLED', async () => {
    server = await createRealtimeServer(sqlite, { WEBSOCKETS_ENABLED: 'false' });
    await expect(openSocket(server.wsUrl)).rejects.toThrow('404');
  });

  it('serves WEBSOCKETS_REST_PATH instead of /websocket', async () => {
    server = await createRealtimeServer(sqlite, { WEBSOCKETS_REST_PATH: '/live' });
    await expect(openSocket(server.wsUrl)).rejects.toThrow('404');
    const socket = await openSocket(server.wsUrl.replace('/websocket', '/live'));
    socket.send({ type: 'ping' });
    expect(await socket.next()).toEqual({ type: 'pong' });
    socket.close();
  });

  it('public mode: starts anonymous, stays open after a refused login, and may log in later', async () => {
    server = await createRealtimeServer(sqlite, { WEBSOCKETS_REST_AUTH: 'public' });
    const socket = await openSocket(server.wsUrl);
    socket.send({ type: 'items', collection: 'articles', action: 'read', uid: 'r1' });
    expect((await socket.next()).error.code).toBe('FORBIDDEN');
    socket.send({ type: 'auth', access_token: 'bad', uid: 'a1' });
    expect((await socket.next()).error.code).toBe('AUTH_FAILED');
    socket.send({ type: 'auth', access_token: ADMIN_TOKEN, uid: 'a2' });
    expect(await socket.next()).toEqual({ type: 'auth', status: 'ok', uid: 'a2' });
    socket.send({ type: 'items', collection: 'articles', action: 'read', uid: 'r2' });
    expect(await socket.next()).toEqual({ type: 'items', data: [], uid: 'r2' });
    socket.close();
  });

  it('strict mode: the upgrade needs a valid token', async () => {
    server = await createRealtimeServer(sqlite, { WEBSOCKETS_REST_AUTH: 'strict' });
    await expect(openSocket(server.wsUrl)).rejects.toThrow('401');
    await expect(openSocket(`${server.wsUrl}?access_token=bad`)).rejects.toThrow('401');
    const socket = await openSocket(`${server.wsUrl}?access_token=${ADMIN_TOKEN}`);
    socket.send({ type: 'items', collection: 'articles', action: 'read', uid: 'r' });
    expect(await socket.next()).toEqual({ type: 'items', data: [], uid: 'r' });
    socket.close();
  });

  it('refuses upgrades past WEBSOCKETS_REST_CONN_LIMIT with 403, and takes new ones once one closed', async () => {
    server = await createRealtimeServer(sqlite, { WEBSOCKETS_REST_CONN_LIMIT: '2' });
    const first = await openSocket(server.wsUrl);
    const second = await openSocket(server.wsUrl);
    await expect(openSocket(server.wsUrl)).rejects.toThrow('403');
    first.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = await openSocket(server.wsUrl);
    second.close();
    third.close();
  });

  it('pings every period and closes a socket that stays silent', async () => {
    server = await createRealtimeServer(sqlite, {
      WEBSOCKETS_HEARTBEAT_ENABLED: 'true',
      WEBSOCKETS_HEARTBEAT_PERIOD: '300ms',
    });
    const lively = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
    lively.ws.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'ping') lively.send({ type: 'pong' });
    });
    const silent = await openAuthenticated(server.wsUrl, { access_token: ADMIN_TOKEN });
    expect(await silent.next((m) => m.type === 'ping')).toEqual({ type: 'ping' });
    const closed = await silent.closed;
    expect(closed.reason).toBe('Heartbeat missed.');
    expect(lively.ws.readyState).toBe(lively.ws.OPEN);
    expect(lively.received.filter((m) => m.type === 'ping').length).toBeGreaterThanOrEqual(2);
    lively.close();
  });

  it('with RATE_LIMITER_ENABLED, every message takes a point; over the limit it is refused, not dropped', async () => {
    server = await createRealtimeServer(sqlite, {
      RATE_LIMITER_ENABLED: 'true',
      RATE_LIMITER_POINTS: '5',
      RATE_LIMITER_DURATION: '30s',
    });
    const socket = await openSocket(`${server.wsUrl}?access_token=${ADMIN_TOKEN}`);
    for (let index = 0; index < 7; index++) socket.send({ type: 'ping', uid: index });
    for (let index = 0; index < 5; index++) expect(await socket.next()).toEqual({ type: 'pong', uid: index });
    for (let index = 5; index < 7; index++) {
      expect(await socket.next()).toMatchObject({
        type: 'server',
        status: 'error',
        error: { code: 'REQUESTS_EXCEEDED' },
      });
    }
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    socket.close();
  });

  it('tells the socket its token expired, takes a new one, and closes without one', async () => {
    server = await createRealtimeServer(sqlite, {
      ACCESS_TOKEN_TTL: '1s',
      WEBSOCKETS_REST_AUTH_TIMEOUT: '1500ms',
    });
    const login = async () => (await server!.api.post('/auth/login', EDITOR)).json().data.access_token;
    const socket = await openAuthenticated(server.wsUrl, { access_token: await login() });
    expect(await socket.next((m) => m.type === 'auth', 3_000)).toEqual({
      type: 'auth',
      status: 'error',
      error: { code: 'TOKEN_EXPIRED', message: 'Token expired.' },
    });
    // A new auth message within the timeout restores the socket.
    socket.send({ type: 'auth', access_token: await login(), uid: 're' });
    expect(await socket.next((m) => m.uid === 're')).toEqual({ type: 'auth', status: 'ok', uid: 're' });
    expect((await socket.next((m) => m.type === 'auth', 3_000)).error.code).toBe('TOKEN_EXPIRED');
    expect(await socket.next((m) => m.type === 'auth', 3_000)).toEqual({
      type: 'auth',
      status: 'error',
      error: { code: 'AUTH_TIMEOUT', message: 'Authentication timed out.' },
    });
    await socket.closed;
  });
});
