import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('wire conventions', () => {
  it('answers ping with pong as text/html, even with a bad token', async () => {
    server = await createTestServer();
    const response = await server.app.inject({
      method: 'GET',
      url: '/server/ping',
      headers: { authorization: 'Bearer nonsense', 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe('pong');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND naming the path', async () => {
    server = await createTestServer();
    const response = await server.app.inject({ method: 'GET', url: '/nope?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      errors: [
        { message: "Route /nope doesn't exist.", extensions: { path: '/nope', code: 'ROUTE_NOT_FOUND' } },
      ],
    });
  });

  it('answers malformed JSON with 400 INVALID_PAYLOAD', async () => {
    server = await createTestServer();
    const response = await server.app.inject({
      method: 'POST',
      url: '/server/ping',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken": ',
    });
    expect(response.statusCode).toBe(400);
    const [error] = response.json().errors;
    expect(error.extensions.code).toBe('INVALID_PAYLOAD');
    expect(error.message).toMatch(/^Invalid payload\. /);
  });

  it('answers a body over MAX_PAYLOAD_SIZE with 413 CONTENT_TOO_LARGE', async () => {
    server = await createTestServer({ MAX_PAYLOAD_SIZE: '1kb' });
    server.app.post('/echo', async (request) => ({ data: request.body }));
    const response = await server.app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(2048) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].extensions.code).toBe('CONTENT_TOO_LARGE');
  });

  it('accepts an empty body sent with Content-Type: application/json, as the SDK does', async () => {
    server = await createTestServer();
    server.app.delete('/echo', async (request) => ({ data: request.body ?? null }));
    const response = await server.app.inject({
      method: 'DELETE',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: null });
  });

  it('answers errors thrown by unknown code with a generic 500, and shows admins the real message', async () => {
    server = await createTestServer();
    const token = await insertAdminWithToken(server.database);
    server.app.get('/boom', async () => {
      throw new Error('secret internals');
    });
    const anonymous = await server.app.inject({ method: 'GET', url: '/boom' });
    expect(anonymous.statusCode).toBe(500);
    expect(anonymous.json()).toEqual({
      errors: [{ message: 'An unexpected error occurred.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    const admin = await server.app.inject({
      method: 'GET',
      url: '/boom',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(admin.json().errors[0].message).toBe('secret internals');
  });

  it('refuses an unknown static token with 401 INVALID_CREDENTIALS, and a token in two places with 400', async () => {
    server = await createTestServer();
    const unknown = await server.app.inject({
      method: 'GET',
      url: '/server/info',
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    const twice = await server.app.inject({
      method: 'GET',
      url: '/server/info?access_token=a',
      headers: { authorization: 'Bearer b' },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].extensions.code).toBe('INVALID_PAYLOAD');
  });

  it('sets X-Powered-By, Cache-Control, Vary and echoes or creates a request id', async () => {
    server = await createTestServer();
    const given = await server.app.inject({
      method: 'GET',
      url: '/server/ping',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123');
    expect(given.headers['x-powered-by']).toBe('Plinth');
    expect(given.headers['cache-control']).toBe('no-cache');
    expect(given.headers.vary).toBe('Origin, Cache-Control');
    const created = await server.app.inject({ method: 'GET', url: '/server/ping' });
    expect(created.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('parses both query encodings: JSON strings pass through, brackets become objects', async () => {
    server = await createTestServer();
    server.app.get('/echo-query', async (request) => ({ data: request.query }));
    const response = await server.app.inject({
      method: 'GET',
      url: '/echo-query?filter[title][_eq]=Hello&fields=id,title&deep=%7B%22a%22%3A1%7D',
    });
    expect(response.json().data).toEqual({
      filter: { title: { _eq: 'Hello' } },
      fields: 'id,title',
      deep: '{"a":1}',
    });
  });

  it('redirects / to ROOT_REDIRECT and serves ROBOTS_TXT', async () => {
    server = await createTestServer({ ROOT_REDIRECT: './admin' });
    const root = await server.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('./admin');
    const robots = await server.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.body).toBe('User-agent: *\nDisallow: /');
  });

  it('answers CORS preflights only when CORS_ENABLED', async () => {
    const preflight = {
      method: 'OPTIONS' as const,
      url: '/server/info',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    };
    server = await createTestServer();
    const off = await server.app.inject(preflight);
    expect(off.headers['access-control-allow-origin']).toBeUndefined();
    await server.close();
    server = await createTestServer({ CORS_ENABLED: 'true', CORS_ORIGIN: 'https://app.example' });
    const on = await server.app.inject(preflight);
    expect(on.statusCode).toBe(204);
    expect(on.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(on.headers['access-control-allow-credentials']).toBe('true');
  });
});
