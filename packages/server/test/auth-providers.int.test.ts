import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers.js';

describe('GET /auth and AUTH_DISABLE_DEFAULT', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('lists the configured providers with the top-level disableDefault', async () => {
    server = await createTestServer({
      AUTH_PROVIDERS: 'github,corp,broken',
      AUTH_GITHUB_DRIVER: 'oauth2',
      AUTH_GITHUB_LABEL: 'GitHub',
      AUTH_GITHUB_ICON: 'github',
      AUTH_GITHUB_MODE: 'cookie',
      AUTH_CORP_DRIVER: 'ldap',
    });
    const response = await server.app.inject({ method: 'GET', url: '/auth' });
    expect(response.json()).toEqual({
      data: [
        { name: 'github', driver: 'oauth2', label: 'GitHub', icon: 'github' },
        { name: 'corp', driver: 'ldap' },
      ],
      disableDefault: false,
    });
    const sessionOnly = await server.app.inject({ method: 'GET', url: '/auth?sessionOnly' });
    expect(sessionOnly.json().data).toEqual([{ name: 'corp', driver: 'ldap' }]);
  });

  it('answers an empty list, and does not let a bad token in the way', async () => {
    server = await createTestServer();
    const response = await server.app.inject({
      method: 'GET',
      url: '/auth',
      headers: { authorization: 'Bearer not-a-known-token' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: [], disableDefault: false });
  });

  it('has no email/password login when AUTH_DISABLE_DEFAULT is set', async () => {
    server = await createTestServer({ AUTH_DISABLE_DEFAULT: 'true' });
    const login = await server.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'a@example.com', password: 'x' },
    });
    expect(login.statusCode).toBe(404);
    expect(login.json().errors[0].extensions.code).toBe('ROUTE_NOT_FOUND');
    expect((await server.app.inject({ method: 'GET', url: '/auth' })).json().disableDefault).toBe(true);
  });
});
