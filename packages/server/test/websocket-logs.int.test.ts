import { listTestEngines } from '@plinth/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ROLE, createAuthServer } from './auth-fixture.js';
import {
  ADMIN_TOKEN,
  EDITOR,
  EDITOR_TOKEN,
  listen,
  openSocket,
  REALTIME_SETTINGS,
  type Received,
} from './websocket-fixture.js';

// The logs socket does not depend on the database: these run on SQLite only.
const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

/** A listening server with its own logger (so it has a log tap), an admin and an editor. */
async function createLogsServer(settings: Record<string, string> = {}) {
  const api = await createAuthServer(sqlite, { ...REALTIME_SETTINGS, ...settings }, { logger: undefined });
  await api.addUser({ email: 'admin@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
  await api.addUser({ ...EDITOR, token: EDITOR_TOKEN });
  const { httpUrl, wsUrl } = await listen(api.server.app);
  return { api, httpUrl, logsUrl: `${wsUrl}/logs`, close: () => api.close() };
}

describe('/websocket/logs', () => {
  let server: Awaited<ReturnType<typeof createLogsServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('streams the lines a request produced to a subscribed admin, until it unsubscribes', async () => {
    server = await createLogsServer({ WEBSOCKETS_LOGS_STYLE: 'raw' });
    const socket = await openSocket(`${server.logsUrl}?access_token=${ADMIN_TOKEN}`);
    socket.send({ type: 'subscribe', log_level: 'info' });
    expect(await socket.next()).toEqual({ type: 'logs', event: 'subscribe', log_level: 'info' });

    const response = await fetch(`${server.httpUrl}/server/ping`, {
      headers: { 'x-request-id': 'traced-1' },
    });
    expect(response.status).toBe(200);
    const line = await socket.next((m) => m.type === 'logs' && m.data?.reqId === 'traced-1');
    expect(line).toMatchObject({
      type: 'logs',
      data: { level: 30, reqId: 'traced-1' },
      uid: expect.any(String),
    });
    expect(typeof line.data.msg).toBe('string');

    socket.send({ type: 'unsubscribe', uid: 'u' });
    expect(await socket.next((m) => m.event === 'unsubscribe')).toEqual({
      type: 'logs',
      event: 'unsubscribe',
      uid: 'u',
    });
    await fetch(`${server.httpUrl}/server/ping`, { headers: { 'x-request-id': 'traced-2' } });
    await socket.none((m) => m.data?.reqId === 'traced-2', 300);
    socket.close();
  });

  it('sends level, time and msg in pretty style, from the subscribed level up', async () => {
    server = await createLogsServer();
    const socket = await openSocket(`${server.logsUrl}?access_token=${ADMIN_TOKEN}`);
    socket.send({ type: 'subscribe', log_level: 'warn' });
    await socket.next((m) => m.event === 'subscribe');
    await fetch(`${server.httpUrl}/server/ping`);
    await socket.none((m) => m.data !== undefined, 300);
    server.api.server.app.log.warn('disk almost full');
    const line: Received = await socket.next((m) => m.data !== undefined);
    expect(line).toEqual({
      type: 'logs',
      data: { level: 40, time: expect.any(Number), msg: 'disk almost full' },
      uid: expect.any(String),
    });
    socket.close();
  });

  it('refuses an upgrade without a token, or with a non-admin one, with 401', async () => {
    server = await createLogsServer();
    await expect(openSocket(server.logsUrl)).rejects.toThrow('401');
    await expect(openSocket(`${server.logsUrl}?access_token=${EDITOR_TOKEN}`)).rejects.toThrow('401');
    // The refusal carries the error envelope.
    const refused = await server.api.get(`/websocket/logs?access_token=${EDITOR_TOKEN}`);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().errors[0].extensions.code).toBe('AUTH_FAILED');
  });

  it('refuses an unknown log level with INVALID_PAYLOAD and ignores other messages', async () => {
    server = await createLogsServer();
    const socket = await openSocket(`${server.logsUrl}?access_token=${ADMIN_TOKEN}`);
    socket.send({ type: 'ping' });
    socket.send({ type: 'subscribe', log_level: 'loud', uid: 7 });
    expect(await socket.next()).toEqual({
      type: 'logs',
      status: 'error',
      error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining('log_level') },
      uid: 7,
    });
    socket.close();
  });

  it('refuses sockets past WEBSOCKETS_LOGS_CONN_LIMIT with 403, and is not served when disabled', async () => {
    server = await createLogsServer({ WEBSOCKETS_LOGS_CONN_LIMIT: '1' });
    const first = await openSocket(`${server.logsUrl}?access_token=${ADMIN_TOKEN}`);
    await expect(openSocket(`${server.logsUrl}?access_token=${ADMIN_TOKEN}`)).rejects.toThrow('403');
    first.close();
    await server.close();
    server = await createLogsServer({ WEBSOCKETS_LOGS_ENABLED: 'false' });
    await expect(openSocket(`${server.logsUrl}?access_token=${ADMIN_TOKEN}`)).rejects.toThrow('404');
  });

  it('closes when the upgrade token expires', async () => {
    server = await createLogsServer({ ACCESS_TOKEN_TTL: '1s' });
    await server.api.server.app.inject({
      method: 'PATCH',
      url: '/users/me',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { password: 'admin-password' },
    });
    const login = await server.api.post('/auth/login', {
      email: 'admin@example.com',
      password: 'admin-password',
    });
    const socket = await openSocket(`${server.logsUrl}?access_token=${login.json().data.access_token}`);
    expect(await socket.next(undefined, 3_000)).toEqual({
      type: 'auth',
      status: 'error',
      error: { code: 'TOKEN_EXPIRED', message: 'Token expired.' },
    });
    expect((await socket.closed).code).toBe(1000);
  });
});

describe('/server/info websocket block', () => {
  let server: Awaited<ReturnType<typeof createLogsServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const info = async (token?: string) =>
    (await server!.api.get('/server/info', token ? { authorization: `Bearer ${token}` } : {})).json().data;

  it('tells signed-in callers the sockets, and admins also the log levels', async () => {
    server = await createLogsServer({
      WEBSOCKETS_HEARTBEAT_ENABLED: 'true',
      WEBSOCKETS_HEARTBEAT_PERIOD: '15',
      WEBSOCKETS_GRAPHQL_AUTH: 'strict',
      WEBSOCKETS_LOGS_LEVEL: 'warn',
    });
    const sockets = {
      rest: { authentication: 'handshake', path: '/websocket' },
      graphql: { authentication: 'strict', path: '/graphql' },
      heartbeat: 15,
    };
    expect((await info(ADMIN_TOKEN)).websocket).toEqual({
      ...sockets,
      logs: { allowedLogLevels: { warn: 40, error: 50, fatal: 60 } },
    });
    expect((await info(EDITOR_TOKEN)).websocket).toEqual({ ...sockets, logs: false });
    expect(await info()).not.toHaveProperty('websocket');
  });

  it('says false for what is off', async () => {
    server = await createLogsServer({
      WEBSOCKETS_REST_ENABLED: 'false',
      WEBSOCKETS_GRAPHQL_ENABLED: 'false',
    });
    expect((await info(ADMIN_TOKEN)).websocket).toMatchObject({
      rest: false,
      graphql: false,
      heartbeat: false,
    });
    await server.close();
    server = await createLogsServer({ WEBSOCKETS_ENABLED: 'false' });
    expect((await info(ADMIN_TOKEN)).websocket).toBe(false);
  });
});
