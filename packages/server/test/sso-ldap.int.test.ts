import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ROLE,
  type AuthServer,
  codeOf,
  cookieValue,
  createAuthServer,
  ROLE,
  setCookies,
} from './auth-fixture.js';
import { hasSlapd, type SlapdTestDirectory, startSlapd } from './slapd-test-directory.js';

const slapdInstalled = hasSlapd();
if (!slapdInstalled) {
  console.warn(
    '[@plinth/server] LDAP login tests skipped: slapd is not installed (apt-get install -y slapd ldap-utils).',
  );
}

const PEOPLE = 'ou=people,dc=plinth,dc=test';
const GROUPS = 'ou=groups,dc=plinth,dc=test';

function person(uid: string, given: string, sn: string, password: string): string {
  return [
    `dn: uid=${uid},${PEOPLE}`,
    'objectClass: inetOrgPerson',
    `uid: ${uid}`,
    `cn: ${given} ${sn}`,
    `givenName: ${given}`,
    `sn: ${sn}`,
    `mail: ${uid.toUpperCase()}@plinth.test`,
    `userPassword: ${password}`,
    '',
  ].join('\n');
}

function group(cn: string, members: string[]): string {
  return [
    `dn: cn=${cn},${GROUPS}`,
    'objectClass: groupOfNames',
    `cn: ${cn}`,
    ...members.map((uid) => `member: uid=${uid},${PEOPLE}`),
    '',
  ].join('\n');
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'LDAP login tests', '@plinth/server');
  describe.skipIf(!engine.url || !slapdInstalled)(`LDAP login against slapd on ${engine.client}`, () => {
    let directory: SlapdTestDirectory;
    let api: AuthServer;

    beforeAll(async () => {
      directory = await startSlapd();
      await directory.add(
        [
          `dn: ${PEOPLE}\nobjectClass: organizationalUnit\nou: people\n`,
          `dn: ${GROUPS}\nobjectClass: organizationalUnit\nou: groups\n`,
          person('ann', 'Ann', 'Archer', 'ann-password'),
          person('ben', 'Ben', 'Baker', 'ben-password'),
          person('cat', 'Cat', 'Cole', 'cat-password'),
          group('editors', ['ann']),
          group('Administrator', ['cat']),
          group('unmapped', ['ben']),
        ].join('\n'),
      );
      const corp = {
        AUTH_CORP_DRIVER: 'ldap',
        AUTH_CORP_CLIENT_URL: directory.url,
        AUTH_CORP_BIND_DN: directory.rootDn,
        AUTH_CORP_BIND_PASSWORD: directory.rootPassword,
        AUTH_CORP_USER_DN: PEOPLE,
        AUTH_CORP_USER_ATTRIBUTE: 'uid',
        AUTH_CORP_GROUP_DN: GROUPS,
        AUTH_CORP_ROLE_MAPPING: JSON.stringify({ editors: ROLE }),
      };
      api = await createAuthServer(engine, {
        AUTH_PROVIDERS: 'corp,badbind,down',
        ...corp,
        AUTH_BADBIND_DRIVER: 'ldap',
        AUTH_BADBIND_CLIENT_URL: directory.url,
        AUTH_BADBIND_BIND_DN: directory.rootDn,
        AUTH_BADBIND_BIND_PASSWORD: 'not-the-password',
        AUTH_BADBIND_USER_DN: PEOPLE,
        AUTH_DOWN_DRIVER: 'ldap',
        AUTH_DOWN_CLIENT_URL: 'ldap://127.0.0.1:1',
        AUTH_DOWN_USER_DN: PEOPLE,
      });
    });
    afterAll(async () => {
      await api?.close();
      await directory?.stop();
    });

    const login = (payload: object, provider = 'corp') => api.post(`/auth/login/${provider}`, payload);
    const userOf = (uid: string) =>
      api.database.kysely
        .selectFrom('directus_users')
        .selectAll()
        .where('external_identifier', '=', `uid=${uid},${PEOPLE}`)
        .execute();

    it('creates the user on first login, with the role its mapped group gives', async () => {
      const response = await login({ identifier: 'ann', password: 'ann-password' });
      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.json().data).sort()).toEqual(['access_token', 'expires', 'refresh_token']);
      const [user] = await userOf('ann');
      expect(user).toMatchObject({
        provider: 'corp',
        email: 'ann@plinth.test',
        first_name: 'Ann',
        last_name: 'Archer',
        role: ROLE,
        status: 'active',
      });
      const me = await api.get('/users/me', { authorization: `Bearer ${response.json().data.access_token}` });
      expect(me.json().data.id).toBe(user?.['id']);
    });

    it('logs the same user in again, and follows a group change', async () => {
      await directory.modify(
        `dn: cn=editors,${GROUPS}\nchangetype: modify\ndelete: member\nmember: uid=ann,${PEOPLE}\n-\nadd: member\nmember: uid=ben,${PEOPLE}\n`,
      );
      await directory.add(group('solo', ['ann']));
      const response = await login({ identifier: 'ann', password: 'ann-password', mode: 'session' });
      expect(response.json()).toEqual({ data: { expires: 86_400_000 } });
      expect(cookieValue(setCookies(response)['directus_session_token']).split('.')).toHaveLength(3);
      const users = await userOf('ann');
      expect(users).toHaveLength(1);
      // No group of hers maps to a role any more, and there is no default role.
      expect(users[0]?.['role']).toBeNull();
      await directory.modify(
        `dn: cn=editors,${GROUPS}\nchangetype: modify\nadd: member\nmember: uid=ann,${PEOPLE}\n`,
      );
      await login({ identifier: 'ann', password: 'ann-password' });
      expect((await userOf('ann'))[0]?.['role']).toBe(ROLE);
    });

    it('maps a group to the role of the same name', async () => {
      const response = await login({ identifier: 'cat', password: 'cat-password', mode: 'cookie' });
      expect(response.statusCode).toBe(200);
      expect(setCookies(response)['directus_refresh_token']).toBeDefined();
      expect((await userOf('cat'))[0]?.['role']).toBe(ADMIN_ROLE);
    });

    it('refuses a wrong password, an unknown user and an empty password alike', async () => {
      for (const payload of [
        { identifier: 'ben', password: 'wrong' },
        { identifier: 'nobody', password: 'ben-password' },
        { identifier: 'ben', password: '' },
        { identifier: '*', password: 'ben-password' },
      ]) {
        const response = await login(payload);
        expect(response.statusCode).toBe(401);
        expect(codeOf(response)).toBe('INVALID_CREDENTIALS');
      }
      expect(await userOf('ben')).toHaveLength(0);
    });

    it('refuses a body without identifier or password', async () => {
      for (const payload of [{ password: 'x' }, { identifier: 'ann' }, { identifier: 5, password: 'x' }]) {
        const response = await login(payload);
        expect(response.statusCode).toBe(400);
        expect(codeOf(response)).toBe('INVALID_PAYLOAD');
      }
    });

    it('says so when the directory refuses the service account or cannot be reached', async () => {
      const badBind = await login({ identifier: 'ann', password: 'ann-password' }, 'badbind');
      expect(badBind.statusCode).toBe(503);
      expect(codeOf(badBind)).toBe('INVALID_PROVIDER_CONFIG');
      const down = await login({ identifier: 'ann', password: 'ann-password' }, 'down');
      expect(down.statusCode).toBe(503);
      expect(codeOf(down)).toBe('SERVICE_UNAVAILABLE');
    });
  });
}
