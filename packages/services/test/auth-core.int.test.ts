import { setTimeout as sleep } from 'node:timers/promises';
import { isPlinthError } from '@plinth/errors';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUserAccess } from '../src/auth/access/fetch-user-access.js';
import { toAccountability } from '../src/auth/access/to-accountability.js';
import { verifyAccessToken } from '../src/auth/access-token.js';
import { issueLogin } from '../src/auth/issue-login.js';
import { loginWithPassword } from '../src/auth/login-with-password.js';
import { logoutSession } from '../src/auth/logout-session.js';
import { createOtpSecret } from '../src/auth/otp.js';
import { refreshLogin } from '../src/auth/refresh-login.js';
import { hashRefreshToken } from '../src/auth/refresh-token.js';
import { resolveAccountability } from '../src/auth/resolve-accountability.js';
import {
  type AccessFixture,
  type AuthSetup,
  createAuthSetup,
  insertAccessFixture,
  insertUser,
  origin,
  sessionsOf,
} from './auth-fixture.js';

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return isPlinthError(error) ? error.code : `not a Plinth error: ${String(error)}`;
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'auth core integration tests', '@plinth/services');
  describe.skipIf(!engine.url)(`auth core on ${engine.client}`, () => {
    let setup: AuthSetup;
    let ids: AccessFixture;

    beforeAll(async () => {
      setup = await createAuthSetup(engine);
      ids = await insertAccessFixture(setup.database);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('resolves the role tree root first, policies in order, IP rules and the public fallback', async () => {
      const user = await insertUser(setup.database, { email: 'tree@example.com', role: ids.childRole });
      await setup.database.kysely
        .insertInto('directus_access')
        .values({ id: crypto.randomUUID(), user, policy: ids.userPolicy })
        .execute();
      const access = (await fetchUserAccess(setup.database.kysely, user))!;
      expect(access.roles).toEqual([ids.parentRole, ids.childRole]);
      expect(access.policies.map((policy) => policy.id)).toEqual([
        ids.parentPolicy,
        ids.childPolicy,
        ids.userPolicy,
      ]);

      const inOffice = toAccountability(access, { ...origin, ip: '10.9.9.9' });
      expect(inOffice).toMatchObject({ user, role: ids.childRole, admin: true, app: true });
      const outside = toAccountability(access, { ...origin, ip: '192.0.2.1' });
      expect(outside.policies).toEqual([ids.parentPolicy, ids.userPolicy]);
      expect(outside).toMatchObject({ admin: false, app: true });

      const roleless = await insertUser(setup.database, { email: 'roleless@example.com' });
      const publicAccess = toAccountability(
        (await fetchUserAccess(setup.database.kysely, roleless))!,
        origin,
      );
      // The public policy's permissions apply, its app flag does not.
      expect(publicAccess).toMatchObject({
        roles: [],
        policies: [ids.publicPolicy],
        app: false,
        admin: false,
      });
    });

    it('issues a login: a hashed session, a login activity, last_access and the claims', async () => {
      const user = await insertUser(setup.database, { email: 'issue@example.com', role: ids.childRole });
      const tokens = await issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin });
      expect(tokens.expires).toBe(900_000);
      const [session] = await sessionsOf(setup.database, user);
      expect(session?.token).toBe(hashRefreshToken(tokens.refreshToken));
      expect(session?.token).not.toBe(tokens.refreshToken);
      const claims = await verifyAccessToken(tokens.accessToken, setup.ctx.auth.signingKey);
      expect(claims).toMatchObject({ id: user, role: ids.childRole, admin_access: true, app_access: true });
      expect(claims.session).toBeUndefined();
      const activity = await setup.database.kysely
        .selectFrom('directus_activity')
        .selectAll()
        .where('user', '=', user)
        .execute();
      expect(activity).toMatchObject([
        { action: 'login', collection: 'directus_users', item: user, ip: origin.ip },
      ]);
      const row = await setup.database.kysely
        .selectFrom('directus_users')
        .select('last_access')
        .where('id', '=', user)
        .executeTakeFirst();
      expect(row?.last_access).not.toBeNull();
    });

    it('rotates refresh tokens, and a reused one revokes its whole family but no other login', async () => {
      const user = await insertUser(setup.database, { email: 'rotate@example.com', role: ids.parentRole });
      const first = await issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin });
      const other = await issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin });
      const second = await refreshLogin(setup.ctx, first.refreshToken, { mode: 'json', ...origin });
      const third = await refreshLogin(setup.ctx, second.refreshToken, { mode: 'json', ...origin });
      expect(new Set([first.refreshToken, second.refreshToken, third.refreshToken]).size).toBe(3);
      expect(await sessionsOf(setup.database, user)).toHaveLength(4);

      expect(await codeOf(refreshLogin(setup.ctx, first.refreshToken, { mode: 'json', ...origin }))).toBe(
        'INVALID_CREDENTIALS',
      );
      // The newest token of that login died with it; the other login lives on.
      expect(await codeOf(refreshLogin(setup.ctx, third.refreshToken, { mode: 'json', ...origin }))).toBe(
        'INVALID_CREDENTIALS',
      );
      const left = await sessionsOf(setup.database, user);
      expect(left.map((row) => row.token)).toEqual([hashRefreshToken(other.refreshToken)]);
      await refreshLogin(setup.ctx, other.refreshToken, { mode: 'cookie', ...origin });
    });

    it('gives concurrent session-mode refreshes the same successor during the grace period only', async () => {
      const ctx = setup.withSettings({ sessionRefreshGracePeriod: 10_000 });
      const user = await insertUser(setup.database, { email: 'grace@example.com', role: ids.parentRole });
      const login = await issueLogin(ctx, { id: user }, { mode: 'session', ...origin });
      const claims = await verifyAccessToken(login.accessToken, ctx.auth.signingKey);
      expect(claims.session).toBe(login.refreshToken);
      expect(login.expires).toBe(86_400_000);

      const a = await refreshLogin(ctx, login.refreshToken, { mode: 'session', ...origin });
      const b = await refreshLogin(ctx, login.refreshToken, { mode: 'session', ...origin });
      expect(b.refreshToken).toBe(a.refreshToken);
      // In-flight requests with the replaced token still authenticate during the grace period...
      const inFlight = await resolveAccountability(ctx, login.accessToken, origin);
      expect(inFlight.user).toBe(user);
      // ...and not after it (here: the grace period ends now); presenting it again then is reuse.
      await setup.database.kysely
        .updateTable('directus_sessions')
        .set({ expires: new Date(Math.floor(Date.now() / 1000) * 1000 - 1000) })
        .where('token', '=', hashRefreshToken(login.refreshToken))
        .execute();
      expect(await codeOf(resolveAccountability(ctx, login.accessToken, origin))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(refreshLogin(ctx, login.refreshToken, { mode: 'session', ...origin }))).toBe(
        'INVALID_CREDENTIALS',
      );
      expect(await sessionsOf(setup.database, user)).toEqual([]);
      expect(await codeOf(resolveAccountability(ctx, a.accessToken, origin))).toBe('INVALID_CREDENTIALS');
    });

    it('purges expired sessions at login and keeps rotated ones while their family may live', async () => {
      const hour = 3_600_000;
      const ctx = setup.withSettings({ refreshTokenTtl: hour });
      const user = await insertUser(setup.database, { email: 'purge@example.com', role: ids.parentRole });
      const ago = (ms: number) => new Date(Math.floor((Date.now() - ms) / 1000) * 1000);
      const row = (token: string, expires: Date, next: string | null) => ({
        token: token.repeat(64),
        user,
        expires,
        next_token: next === null ? null : next.repeat(64),
      });
      for (const values of [
        row('a', ago(60_000), null), // newest of its family, expired: useless
        row('b', ago(60_000), 'c'), // replaced a minute ago: its family may still be alive
        row('c', ago(-hour), null),
        row('d', ago(2 * hour), 'e'), // replaced longer ago than a refresh token lives
      ]) {
        await setup.database.kysely.insertInto('directus_sessions').values(values).execute();
      }
      await issueLogin(ctx, { id: user }, { mode: 'json', ...origin });
      const left = (await sessionsOf(setup.database, user)).map((session) => session.token);
      expect(left).toHaveLength(3);
      expect(left.filter((token) => /^(.)\1+$/.test(token)).sort()).toEqual(['b'.repeat(64), 'c'.repeat(64)]);
    });

    it('logs in by password: email in any case, and the failures answer as the wire says', async () => {
      await insertUser(setup.database, {
        email: 'mixed@example.com',
        password: 'pw-1',
        role: ids.parentRole,
      });
      await insertUser(setup.database, { email: 'sus@example.com', password: 'pw-2', status: 'suspended' });
      await insertUser(setup.database, { email: 'inv@example.com', password: 'pw-3', status: 'invited' });
      await insertUser(setup.database, { email: 'sso@example.com', password: 'pw-4', provider: 'github' });
      const login = (email: string, password: string) =>
        loginWithPassword(setup.ctx, { email, password }, { mode: 'json', ...origin });

      const tokens = await login('MiXeD@Example.com', 'pw-1');
      expect(tokens.refreshToken).toMatch(/^[\w-]{64}$/);
      expect(await codeOf(login('mixed@example.com', 'wrong'))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(login('nobody@example.com', 'pw-1'))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(login('sus@example.com', 'pw-2'))).toBe('USER_SUSPENDED');
      expect(await codeOf(login('sus@example.com', 'wrong'))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(login('inv@example.com', 'pw-3'))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(login('sso@example.com', 'pw-4'))).toBe('INVALID_CREDENTIALS');
    });

    it('asks users with two-factor for the current code', async () => {
      const secret = createOtpSecret();
      await insertUser(setup.database, { email: 'tfa@example.com', password: 'pw', tfa_secret: secret });
      const login = (otp?: string) =>
        loginWithPassword(
          setup.ctx,
          { email: 'tfa@example.com', password: 'pw', otp },
          { mode: 'json', ...origin },
        );
      expect(await codeOf(login())).toBe('INVALID_OTP');
      expect(await codeOf(login('000000'))).toBe(
        TOTP.generate({ secret: Secret.fromBase32(secret) }) === '000000' ? null : 'INVALID_OTP',
      );
      const tokens = await login(TOTP.generate({ secret: Secret.fromBase32(secret) }));
      expect(tokens.accessToken).toBeTruthy();
    });

    it('suspends a user after settings.auth_login_attempts failures in a row, ending their sessions', async () => {
      await setup.database.kysely.deleteFrom('directus_settings').execute();
      await setup.database.kysely
        .insertInto('directus_settings')
        .values({ auth_login_attempts: 3 })
        .execute();
      const user = await insertUser(setup.database, { email: 'brute@example.com', password: 'right' });
      await issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin });
      const login = (password: string) =>
        loginWithPassword(setup.ctx, { email: 'brute@example.com', password }, { mode: 'json', ...origin });
      expect(await codeOf(login('wrong'))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(login('wrong'))).toBe('INVALID_CREDENTIALS');
      await login('right'); // a success starts the count again
      for (let i = 0; i < 3; i += 1) expect(await codeOf(login('wrong'))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(login('right'))).toBe('USER_SUSPENDED');
      const row = await setup.database.kysely
        .selectFrom('directus_users')
        .select('status')
        .where('id', '=', user)
        .executeTakeFirst();
      expect(row?.status).toBe('suspended');
      expect(await sessionsOf(setup.database, user)).toEqual([]);
      await setup.database.kysely.updateTable('directus_settings').set({ auth_login_attempts: 25 }).execute();
    });

    it('ends a login on logout, and refuses refreshes of suspended users with USER_SUSPENDED', async () => {
      const user = await insertUser(setup.database, { email: 'bye@example.com', role: ids.parentRole });
      const a = await issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin });
      const rotated = await refreshLogin(setup.ctx, a.refreshToken, { mode: 'json', ...origin });
      await logoutSession(setup.ctx, a.refreshToken);
      expect(await sessionsOf(setup.database, user)).toEqual([]);
      await logoutSession(setup.ctx, rotated.refreshToken); // nothing left: not an error

      const b = await issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin });
      await setup.database.kysely
        .updateTable('directus_users')
        .set({ status: 'suspended' })
        .where('id', '=', user)
        .execute();
      expect(await codeOf(refreshLogin(setup.ctx, b.refreshToken, { mode: 'json', ...origin }))).toBe(
        'USER_SUSPENDED',
      );
      expect(await sessionsOf(setup.database, user)).toEqual([]);
      expect(await codeOf(issueLogin(setup.ctx, { id: user }, { mode: 'json', ...origin }))).toBe(
        'USER_SUSPENDED',
      );
    });

    it('resolves tokens from the access cache, dropped by user events and after its TTL', async () => {
      const ctx = setup.withSettings({ accessCacheTtl: 300 });
      const user = await insertUser(setup.database, {
        email: 'cache@example.com',
        role: ids.parentRole,
        token: 'cache-static-token',
      });
      const { accessToken } = await issueLogin(ctx, { id: user }, { mode: 'json', ...origin });
      await resolveAccountability(ctx, accessToken, origin);
      await resolveAccountability(ctx, 'cache-static-token', origin);
      const before = setup.statements.length;
      for (let i = 0; i < 5; i += 1) {
        expect((await resolveAccountability(ctx, accessToken, origin)).app).toBe(true);
        expect((await resolveAccountability(ctx, 'cache-static-token', origin)).user).toBe(user);
      }
      expect(setup.statements.length).toBe(before);

      await setup.database.kysely
        .updateTable('directus_users')
        .set({ role: null })
        .where('id', '=', user)
        .execute();
      expect((await resolveAccountability(ctx, accessToken, origin)).role).toBe(ids.parentRole);
      await setup.events.emitAction(
        'users.update',
        { collection: 'directus_users', keys: [user] },
        { database: setup.database.kysely, schema: ctx.schema, accountability: null },
      );
      expect((await resolveAccountability(ctx, accessToken, origin)).role).toBeNull();

      await setup.database.kysely
        .updateTable('directus_users')
        .set({ status: 'suspended' })
        .where('id', '=', user)
        .execute();
      await sleep(350);
      expect(await codeOf(resolveAccountability(ctx, accessToken, origin))).toBe('INVALID_CREDENTIALS');
      expect(await codeOf(resolveAccountability(ctx, 'cache-static-token', origin))).toBe(
        'INVALID_CREDENTIALS',
      );
      expect(await codeOf(resolveAccountability(ctx, 'no-such-token', origin))).toBe('INVALID_CREDENTIALS');
    });
  });
}
