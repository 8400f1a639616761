import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthServer, codeOf, cookieValue, createAuthServer, setCookies } from './auth-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/auth login tests', '@plinth/server');
  describe.skipIf(!engine.url)(`POST /auth/login on ${engine.client}`, () => {
    let api: AuthServer;

    beforeAll(async () => {
      api = await createAuthServer(engine, {
        LOGIN_THROTTLE_ACCOUNT_POINTS: '4',
        LOGIN_THROTTLE_IP_POINTS: '0',
      });
      await api.addUser({ email: 'ann@example.com', password: 'secret-1' });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('answers json by default: both tokens and expires in milliseconds, no cookie', async () => {
      for (const payload of [
        { email: 'ann@example.com', password: 'secret-1' },
        { email: 'ANN@example.com', password: 'secret-1', mode: 'json', extra: 'ignored' },
      ]) {
        const response = await api.post('/auth/login', payload);
        expect(response.statusCode).toBe(200);
        const { data } = response.json();
        expect(Object.keys(data).sort()).toEqual(['access_token', 'expires', 'refresh_token']);
        expect(data.expires).toBe(900_000);
        expect(data.refresh_token).toMatch(/^[\w-]{64}$/);
        expect(response.headers['set-cookie']).toBeUndefined();
      }
    });

    it('in cookie mode puts the refresh token in an httpOnly cookie', async () => {
      const response = await api.post('/auth/login', {
        email: 'ann@example.com',
        password: 'secret-1',
        mode: 'cookie',
      });
      expect(Object.keys(response.json().data).sort()).toEqual(['access_token', 'expires']);
      const cookie = setCookies(response)['directus_refresh_token'];
      expect(cookieValue(cookie)).toMatch(/^[\w-]{64}$/);
      expect(cookie).toContain('Max-Age=604800');
      expect(cookie).toContain('Path=/');
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).not.toContain('Secure');
    });

    it('in session mode puts the access token in the session cookie and only expires in the body', async () => {
      const response = await api.post('/auth/login', {
        email: 'ann@example.com',
        password: 'secret-1',
        mode: 'session',
      });
      expect(response.json()).toEqual({ data: { expires: 86_400_000 } });
      const cookie = setCookies(response)['directus_session_token'];
      expect(cookieValue(cookie).split('.')).toHaveLength(3);
      expect(cookie).toContain('Max-Age=86400');
      expect(cookie).toContain('HttpOnly');
      expect(setCookies(response)['directus_refresh_token']).toBeUndefined();
    });

    it('refuses a wrong password and an unknown email alike, after the stall time', async () => {
      for (const payload of [
        { email: 'ann@example.com', password: 'wrong' },
        { email: 'nobody@example.com', password: 'secret-1' },
      ]) {
        const started = performance.now();
        const response = await api.post('/auth/login', payload);
        expect(performance.now() - started).toBeGreaterThanOrEqual(55);
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual({
          errors: [{ message: 'Invalid user credentials.', extensions: { code: 'INVALID_CREDENTIALS' } }],
        });
      }
    });

    it('refuses malformed bodies with 400 INVALID_PAYLOAD, never a 500', async () => {
      const cases: Array<[unknown, string]> = [
        [{ password: 'x' }, '"email" is required'],
        [{ email: 'not-an-email', password: 'x' }, '"email" must be a valid email'],
        [{ email: 'ann@example.com' }, '"password" is required'],
        [{ email: 'ann@example.com', password: 5 }, '"password" must be a string'],
        [
          { email: 'ann@example.com', password: 'x', mode: 'jwt' },
          '"mode" must be one of [json, cookie, session]',
        ],
        [['ann@example.com'], '"value" must be of type object'],
        [undefined, '"email" is required'],
      ];
      for (const [payload, reason] of cases) {
        const response = await api.post('/auth/login', payload);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].extensions).toEqual({ reason, code: 'INVALID_PAYLOAD' });
      }
      const broken = await api.post('/auth/login', '{"email":', { 'content-type': 'application/json' });
      expect(codeOf(broken)).toBe('INVALID_PAYLOAD');
    });

    it('tells a suspended user so, but only with the right password', async () => {
      await api.addUser({ email: 'sue@example.com', password: 'secret-2', status: 'suspended' });
      const right = await api.post('/auth/login', { email: 'sue@example.com', password: 'secret-2' });
      expect(right.statusCode).toBe(401);
      expect(codeOf(right)).toBe('USER_SUSPENDED');
      expect(codeOf(await api.post('/auth/login', { email: 'sue@example.com', password: 'nope' }))).toBe(
        'INVALID_CREDENTIALS',
      );
      await api.addUser({ email: 'ivy@example.com', password: 'secret-3', status: 'invited' });
      expect(codeOf(await api.post('/auth/login', { email: 'ivy@example.com', password: 'secret-3' }))).toBe(
        'INVALID_CREDENTIALS',
      );
    });

    it('asks for the one-time password of users with two-factor on', async () => {
      const secret = new Secret({ size: 20 }).base32;
      await api.addUser({ email: 'otto@example.com', password: 'secret-4', tfa_secret: secret });
      const missing = await api.post('/auth/login', { email: 'otto@example.com', password: 'secret-4' });
      expect(missing.statusCode).toBe(401);
      expect(codeOf(missing)).toBe('INVALID_OTP');
      const code = TOTP.generate({ secret: Secret.fromBase32(secret) });
      const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      const wrong = await api.post('/auth/login', {
        email: 'otto@example.com',
        password: 'secret-4',
        otp: wrongCode,
      });
      expect(codeOf(wrong)).toBe('INVALID_OTP');
      const ok = await api.post('/auth/login', {
        email: 'otto@example.com',
        password: 'secret-4',
        otp: code,
      });
      expect(ok.statusCode).toBe(200);
    });

    it('throttles guessing at one account with 429 REQUESTS_EXCEEDED and Retry-After', async () => {
      await api.addUser({ email: 'target@example.com', password: 'secret-5' });
      const guesses = [];
      for (let i = 0; i < 4; i += 1) {
        guesses.push(
          codeOf(await api.post('/auth/login', { email: 'target@example.com', password: `guess-${i}` })),
        );
      }
      expect(guesses).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
      const refused = await api.post('/auth/login', { email: 'Target@example.com', password: 'secret-5' });
      expect(refused.statusCode).toBe(429);
      expect(codeOf(refused)).toBe('REQUESTS_EXCEEDED');
      expect(refused.json().errors[0].extensions.limit).toBe(4);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
      // Other accounts from the same client are not affected.
      expect(
        (await api.post('/auth/login', { email: 'ann@example.com', password: 'secret-1' })).statusCode,
      ).toBe(200);
    });
  });
}

describe('login throttle per IP', () => {
  let api: AuthServer;
  beforeAll(async () => {
    api = await createAuthServer(listTestEngines()[0]!, {
      LOGIN_THROTTLE_ACCOUNT_POINTS: '0',
      LOGIN_THROTTLE_IP_POINTS: '3',
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses an address spraying many accounts, and not another address', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 3; i += 1) {
      const response = await api.post(
        '/auth/login',
        { email: `u${i}@example.com`, password: 'x' },
        from('203.0.113.7'),
      );
      expect(codeOf(response)).toBe('INVALID_CREDENTIALS');
    }
    const refused = await api.post(
      '/auth/login',
      { email: 'u9@example.com', password: 'x' },
      from('203.0.113.7'),
    );
    expect(codeOf(refused)).toBe('REQUESTS_EXCEEDED');
    const other = await api.post(
      '/auth/login',
      { email: 'u9@example.com', password: 'x' },
      from('203.0.113.8'),
    );
    expect(codeOf(other)).toBe('INVALID_CREDENTIALS');
  });
});

describe('auth cookies and token lifetimes from the settings', () => {
  let api: AuthServer;
  beforeAll(async () => {
    api = await createAuthServer(listTestEngines()[0]!, {
      ACCESS_TOKEN_TTL: '5m',
      REFRESH_TOKEN_TTL: '2h',
      REFRESH_TOKEN_COOKIE_NAME: 'rt',
      REFRESH_TOKEN_COOKIE_SECURE: 'true',
      REFRESH_TOKEN_COOKIE_SAME_SITE: 'strict',
      REFRESH_TOKEN_COOKIE_DOMAIN: 'example.com',
      SESSION_COOKIE_TTL: '30m',
      SESSION_COOKIE_NAME: 'st',
      SESSION_COOKIE_SECURE: 'true',
      SESSION_COOKIE_SAME_SITE: 'none',
    });
    await api.addUser({ email: 'cfg@example.com', password: 'pw-cfg' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('sets the refresh cookie as REFRESH_TOKEN_COOKIE_* say', async () => {
    const response = await api.post('/auth/login', {
      email: 'cfg@example.com',
      password: 'pw-cfg',
      mode: 'cookie',
    });
    expect(response.json().data.expires).toBe(300_000);
    const cookie = setCookies(response)['rt']!;
    for (const part of [
      'Max-Age=7200',
      'Domain=example.com',
      'Path=/',
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
    ]) {
      expect(cookie).toContain(part);
    }
  });

  it('sets the session cookie as SESSION_COOKIE_* say, and reads it back under that name', async () => {
    const response = await api.post('/auth/login', {
      email: 'cfg@example.com',
      password: 'pw-cfg',
      mode: 'session',
    });
    expect(response.json()).toEqual({ data: { expires: 1_800_000 } });
    const cookie = setCookies(response)['st']!;
    for (const part of ['Max-Age=1800', 'Path=/', 'HttpOnly', 'Secure', 'SameSite=None'])
      expect(cookie).toContain(part);
    const me = await api.get('/users/me?fields=email', { cookie: `st=${cookieValue(cookie)}` });
    expect(me.json()).toEqual({ data: { email: 'cfg@example.com' } });
  });
});

const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl)
  console.warn('[@plinth/server] login throttle through Redis skipped: TEST_REDIS_URL is not set.');

describe.skipIf(!redisUrl)('login throttle shared through Redis', () => {
  const servers: AuthServer[] = [];
  let redis: import('ioredis').Redis;

  beforeAll(async () => {
    const { Redis } = await import('ioredis');
    redis = new Redis(redisUrl!, { maxRetriesPerRequest: 2 });
    await redis.del(...(await redis.keys('plinth-login-*')), 'plinth-none');
    for (let i = 0; i < 2; i += 1) {
      servers.push(
        await createAuthServer(listTestEngines()[0]!, { LOGIN_THROTTLE_ACCOUNT_POINTS: '3' }, { redis }),
      );
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await redis?.del(...(await redis.keys('plinth-login-*')), 'plinth-none');
    redis?.disconnect();
  });

  it('counts guesses made on two instances together', async () => {
    const guess = (server: AuthServer) =>
      server.post('/auth/login', { email: 'shared@example.com', password: 'guess' });
    expect(codeOf(await guess(servers[0]!))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await guess(servers[1]!))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await guess(servers[0]!))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await guess(servers[1]!))).toBe('REQUESTS_EXCEEDED');
  });
});
