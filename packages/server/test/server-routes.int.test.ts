import { createDirectus, rest, serverHealth, serverInfo, serverPing, staticToken } from '@directus/sdk';
import { createDatabase } from '@plinth/database';
import { loadEnv } from '@plinth/env';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('/server/health', () => {
  it('tells anonymous callers only the status, as application/health+json', async () => {
    server = await createTestServer();
    const response = await server.app.inject({ method: 'GET', url: '/server/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/health\+json/);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('shows admins each check with its timing', async () => {
    server = await createTestServer({ PUBLIC_URL: 'https://plinth.example' });
    const token = await insertAdminWithToken(server.database);
    const response = await server.app.inject({
      method: 'GET',
      url: '/server/health',
      headers: { authorization: `Bearer ${token}` },
    });
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.releaseId).toBe('1.2.3');
    expect(body.serviceId).toBe('https://plinth.example');
    const [check] = body.checks['sqlite3:responseTime'];
    expect(check).toMatchObject({ status: 'ok', componentType: 'datastore', observedUnit: 'ms' });
    expect(check.observedValue).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 when the database is down', async () => {
    const env = loadEnv({ env: { LOG_LEVEL: 'silent' } });
    const database = createDatabase({
      client: 'pg',
      host: '127.0.0.1',
      port: 1,
      database: 'none',
      user: 'none',
    });
    const app = await createServer({ env, database, logger: false });
    try {
      const response = await app.inject({ method: 'GET', url: '/server/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'error' });
      const withToken = await app.inject({
        method: 'GET',
        url: '/server/health',
        headers: { authorization: 'Bearer some-static-token' },
      });
      expect(withToken.statusCode).toBe(503);
      expect(withToken.json()).toEqual({ status: 'error' });
    } finally {
      await app.close();
      await database.destroy();
    }
  });

  it('answers 503 with the reason when a configured Redis is down', async () => {
    const redis = new Redis({
      host: '127.0.0.1',
      port: 1,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    server = await createTestServer({}, { redis });
    const token = await insertAdminWithToken(server.database);
    try {
      const response = await server.app.inject({
        method: 'GET',
        url: '/server/health',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(503);
      const body = response.json();
      expect(body.status).toBe('error');
      expect(body.checks['redis:responseTime'][0].status).toBe('error');
      expect(body.checks['redis:responseTime'][0].output).toEqual(expect.any(String));
      expect(body.checks['sqlite3:responseTime'][0].status).toBe('ok');
    } finally {
      redis.disconnect();
    }
  });

  const redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl)
    console.warn('[skipped] Redis health check against a live Redis: set TEST_REDIS_URL to run it.');
  it.skipIf(!redisUrl)('includes a live Redis in the checks', async () => {
    const redis = new Redis(redisUrl!);
    server = await createTestServer({}, { redis });
    const token = await insertAdminWithToken(server.database);
    try {
      const response = await server.app.inject({
        method: 'GET',
        url: '/server/health',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().checks['redis:responseTime'][0].status).toMatch(/ok|warn/);
    } finally {
      redis.disconnect();
    }
  });
});

describe('/server/info', () => {
  it('before setup: project defaults, setupCompleted false, and the version', async () => {
    server = await createTestServer({ PROJECT_NAME: 'Acme' });
    const response = await server.app.inject({ method: 'GET', url: '/server/info' });
    const { data } = response.json();
    expect(data.setupCompleted).toBe(false);
    expect(data.version).toBe('1.2.3');
    expect(data.project.project_name).toBe('Acme');
    expect(data.project).toHaveProperty('public_registration', false);
    expect(data.queryLimit).toBeUndefined();
  });

  it('after setup: hides the version from anonymous callers, shows limits to signed-in ones', async () => {
    server = await createTestServer({ QUERY_LIMIT_DEFAULT: '25' });
    const token = await insertAdminWithToken(server.database);
    await server.database.kysely
      .insertInto('directus_settings')
      .values({ project_name: 'Stored name', project_color: '#123456', public_registration: true })
      .execute();
    const anonymous = (await server.app.inject({ method: 'GET', url: '/server/info' })).json().data;
    expect(anonymous.setupCompleted).toBe(true);
    expect(anonymous.version).toBeUndefined();
    expect(anonymous.project).toMatchObject({
      project_name: 'Stored name',
      project_color: '#123456',
      public_registration: true,
    });
    const signedIn = (
      await server.app.inject({
        method: 'GET',
        url: '/server/info',
        headers: { authorization: `Bearer ${token}` },
      })
    ).json().data;
    expect(signedIn.version).toBe('1.2.3');
    expect(signedIn.queryLimit).toEqual({ default: 25, max: -1 });
  });
});

describe('@directus/sdk against a listening server', () => {
  it('pings, reads info and health', async () => {
    server = await createTestServer({ ADMIN_TOKEN: 'x' });
    const token = await insertAdminWithToken(server.database, 'sdk-token');
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.app.server.address() as { port: number };
    const client = createDirectus(`http://127.0.0.1:${port}`).with(staticToken(token)).with(rest());
    expect(await client.request(serverPing())).toBe('pong');
    const info = (await client.request(serverInfo())) as Record<string, unknown>;
    expect(info.setupCompleted).toBe(true);
    const health = (await client.request(serverHealth())) as unknown as { status: string };
    expect(health.status).toBe('ok');
  });
});
