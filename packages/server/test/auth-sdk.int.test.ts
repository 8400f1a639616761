import { setTimeout as sleep } from 'node:timers/promises';
import { authentication, createDirectus, memoryStorage, readMe, rest } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthServer, createAuthServer } from './auth-fixture.js';

/**
 * Node's fetch keeps no cookies; a browser would. This one keeps them per client, the way a browser
 * with `credentials: 'include'` does, and counts the calls per path.
 */
function browserLikeFetch() {
  const jar = new Map<string, string>();
  const calls: string[] = [];
  const fetchWithJar = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    calls.push(url.pathname);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((attribute) => /expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  return { fetch: fetchWithJar, jar, calls };
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '@directus/sdk authentication tests', '@plinth/server');
  describe.skipIf(!engine.url)(`@directus/sdk authentication on ${engine.client}`, () => {
    let api: AuthServer;
    let url: string;
    let userId: string;

    beforeAll(async () => {
      api = await createAuthServer(engine, { ACCESS_TOKEN_TTL: '3s' });
      userId = await api.addUser({ email: 'sdk@example.com', password: 'sdk-password', first_name: 'Sid' });
      await api.server.app.listen({ port: 0, host: '127.0.0.1' });
      const address = api.server.app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      await api?.close();
    });

    for (const mode of ['json', 'cookie'] as const) {
      it(`logs in, refreshes by itself, reads me and logs out in ${mode} mode`, async () => {
        const browser = browserLikeFetch();
        const storage = memoryStorage();
        const client = createDirectus(url, { globals: { fetch: browser.fetch as typeof fetch } })
          .with(authentication(mode, { storage, msRefreshBeforeExpires: 2_000, credentials: 'include' }))
          .with(rest({ credentials: 'include' }));

        const login = await client.login({ email: 'sdk@example.com', password: 'sdk-password' });
        expect(login.expires).toBe(3_000);
        expect(Boolean(login.refresh_token)).toBe(mode === 'json');
        expect(browser.jar.has('directus_refresh_token')).toBe(mode === 'cookie');
        const first = (await storage.get())?.access_token;

        expect(await client.request(readMe({ fields: ['id', 'first_name'] }))).toEqual({
          id: userId,
          first_name: 'Sid',
        });
        // Inside the last two seconds of the token's life the client refreshes before its next request.
        await sleep(1_300);
        expect(await client.request(readMe({ fields: ['email'] }))).toEqual({ email: 'sdk@example.com' });
        expect(browser.calls.filter((path) => path === '/auth/refresh')).toHaveLength(1);
        const second = (await storage.get())?.access_token;
        expect(second).toBeTruthy();
        expect(second).not.toBe(first);

        await client.logout();
        expect(browser.jar.has('directus_refresh_token')).toBe(false);
        expect(await storage.get()).toMatchObject({ access_token: null, refresh_token: null });
        const sessions = await api.database.kysely
          .selectFrom('directus_sessions')
          .select('token')
          .where('user', '=', userId)
          .where('next_token', 'is', null)
          .execute();
        expect(sessions).toEqual([]);
        await expect(client.request(readMe())).rejects.toMatchObject({ response: { status: 401 } });
      });
    }
  });
}
