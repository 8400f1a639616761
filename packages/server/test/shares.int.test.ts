import { authenticateShare, readItem, readShareInfo } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieValue, setCookies } from './auth-fixture.js';
import { type ApiResponse, createApi, createSdk } from './data-model-fixture.js';
import { ANN, BOB, createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';

const SHARER_ROLE = 'c0000000-0000-4000-8000-000000000001';
const VIEWER_ROLE = 'c0000000-0000-4000-8000-000000000002';
const SHARER_POLICY = 'c1000000-0000-4000-8000-000000000001';
const VIEWER_POLICY = 'c1000000-0000-4000-8000-000000000002';
const SHARER = 'c2000000-0000-4000-8000-000000000001';
const SHARER_TOKEN = 'sharer-static-token';
const ADMIN = '00000000-0000-4000-8000-000000000004';
const MISSING = 'c9000000-0000-4000-8000-000000000009';

const json = (value: object | null) => (value === null ? null : JSON.stringify(value));
const published = { status: { _eq: 'published' } };

/**
 * [policy, collection, action, row filter, fields]. The sharer may share published articles and reads
 * them without `slug`; the viewer role (what shares run as) reads articles without `status`, so a share
 * token reads neither: the two sides are intersected.
 */
const RULES: Array<[string, string, string, object | null, string]> = [
  [SHARER_POLICY, 'directus_shares', 'create', null, '*'],
  [SHARER_POLICY, 'directus_shares', 'read', { user_created: { _eq: '$CURRENT_USER' } }, '*'],
  [SHARER_POLICY, 'directus_shares', 'update', { user_created: { _eq: '$CURRENT_USER' } }, '*'],
  [SHARER_POLICY, 'articles', 'share', published, '*'],
  [SHARER_POLICY, 'articles', 'read', null, 'id,title,status,author,comments,tags'],
  [SHARER_POLICY, 'authors', 'read', null, '*'],
  [SHARER_POLICY, 'comments', 'read', null, '*'],
  [SHARER_POLICY, 'tags', 'read', null, '*'],
  [SHARER_POLICY, 'articles_tags', 'read', null, '*'],
  [SHARER_POLICY, 'pages', 'read', null, '*'],
  [VIEWER_POLICY, 'articles', 'read', null, 'id,title,slug,author,comments,tags'],
  [VIEWER_POLICY, 'articles', 'update', null, '*'],
  [VIEWER_POLICY, 'authors', 'read', null, 'id,name'],
  [VIEWER_POLICY, 'comments', 'read', null, '*'],
  [VIEWER_POLICY, 'tags', 'read', null, '*'],
  [VIEWER_POLICY, 'articles_tags', 'read', null, '*'],
  [VIEWER_POLICY, 'pages', 'read', null, '*'],
];

async function seed(setup: ItemsReadSetup): Promise<void> {
  const db = setup.server.database.kysely;
  await db
    .insertInto('directus_roles')
    .values([
      { id: SHARER_ROLE, name: 'Sharer' },
      { id: VIEWER_ROLE, name: 'Viewer' },
    ])
    .execute();
  await db
    .insertInto('directus_policies')
    .values([
      { id: SHARER_POLICY, name: 'Sharer', admin_access: false, app_access: false },
      { id: VIEWER_POLICY, name: 'Viewer', admin_access: false, app_access: false },
    ])
    .execute();
  await db
    .insertInto('directus_access')
    .values([
      { id: 'c3000000-0000-4000-8000-000000000001', role: SHARER_ROLE, policy: SHARER_POLICY },
      { id: 'c3000000-0000-4000-8000-000000000002', role: VIEWER_ROLE, policy: VIEWER_POLICY },
    ])
    .execute();
  await db
    .insertInto('directus_users')
    .values({
      id: SHARER,
      email: 'sharer@example.com',
      role: SHARER_ROLE,
      status: 'active',
      token: SHARER_TOKEN,
    })
    .execute();
  await db
    .insertInto('directus_permissions')
    .values(
      RULES.map(([policy, collection, action, permissions, fields]) => ({
        policy,
        collection,
        action,
        permissions: json(permissions),
        fields,
      })),
    )
    .execute();
}

const codeOf = (response: ApiResponse) => response.body?.errors?.[0]?.extensions?.code ?? null;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/shares tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/shares on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    let mail: MailCatcher;
    let sharer: ReturnType<typeof createApi>;
    /** A request with a share's access token (or none). */
    let as: (token: string | null, method: string, url: string, payload?: unknown) => Promise<ApiResponse>;
    const shares = async () =>
      (
        await setup.server.database.kysely
          .selectFrom('directus_shares')
          .select(['id', 'collection', 'item', 'role', 'password', 'times_used', 'user_created'])
          .orderBy('date_created')
          .orderBy('id')
          .execute()
      ).map((row) => ({ ...row, times_used: Number(row.times_used) }));
    const shareRow = async (id: string) => (await shares()).find((row) => row.id === id);
    const articles = async () =>
      (
        await setup.server.database.kysely
          .selectFrom('articles')
          .select(['id', 'title'])
          .orderBy('id')
          .execute()
      ).map((row) => ({ id: Number(row.id), title: row.title }));
    const login = (payload: object) => as(null, 'POST', '/shares/auth', payload);
    async function createShare(values: object, by = setup.api): Promise<string> {
      const response = await by('POST', '/shares', values);
      expect(response.status).toBe(200);
      return response.body.data.id as string;
    }

    beforeAll(async () => {
      mail = await startMailCatcher();
      setup = await createItemsReadSetup(engine, {
        SECRET: 'plinth-shares-test-secret',
        EMAIL_TRANSPORT: 'smtp',
        EMAIL_SMTP_HOST: '127.0.0.1',
        EMAIL_SMTP_PORT: String(mail.port),
        EMAIL_SMTP_IGNORE_TLS: 'true',
        EMAIL_FROM: 'plinth@example.com',
        PUBLIC_URL: 'http://plinth.test',
      });
      await seed(setup);
      sharer = createApi(setup.server.app, SHARER_TOKEN);
      as = async (token, method, url, payload) => {
        const response = await setup.server.app.inject({
          method: method as 'GET',
          url,
          headers: token === null ? {} : { authorization: `Bearer ${token}` },
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
        return { status: response.statusCode, body: response.body === '' ? null : response.json() };
      };
    });
    afterAll(async () => {
      await setup?.close();
      await mail?.close();
    });

    describe('creating shares', () => {
      it('refuses a collection the caller has no share rule for, and writes nothing', async () => {
        const before = await shares();
        const response = await sharer('POST', '/shares', { collection: 'authors', item: ANN });
        expect(response.status).toBe(403);
        expect(codeOf(response)).toBe('FORBIDDEN');
        expect(await shares()).toEqual(before);
      });

      it('refuses an item outside the share rule’s filter, and one that does not exist', async () => {
        const before = await shares();
        for (const item of ['2', '99']) {
          const response = await sharer('POST', '/shares', { collection: 'articles', item });
          expect(response.status).toBe(403);
          expect(response.body.errors[0].message).toBe(
            'You don\'t have permission to perform "share" for collection "articles" or it does not exist.',
          );
        }
        expect(await shares()).toEqual(before);
      });

      it('creates a share of a matching item: password hashed and concealed, creator and date filled', async () => {
        const response = await sharer('POST', '/shares', {
          name: 'Alpha for friends',
          collection: 'articles',
          item: '1',
          role: VIEWER_ROLE,
          password: 'open sesame',
          user_created: ADMIN,
        });
        expect(response.status).toBe(200);
        expect(response.body.data).toMatchObject({
          collection: 'articles',
          item: '1',
          role: VIEWER_ROLE,
          password: '**********',
          user_created: SHARER,
          times_used: 0,
        });
        expect(response.body.data.date_created).toBeTruthy();
        const row = await shareRow(response.body.data.id);
        expect(row?.password).toMatch(/^\$argon2id\$/);
        expect(row?.user_created).toBe(SHARER);
      });

      it('refuses moving a share to an item the caller may not share, and changes nothing', async () => {
        const id = await createShare({ collection: 'articles', item: '3', role: VIEWER_ROLE }, sharer);
        const before = await shareRow(id);
        const response = await sharer('PATCH', `/shares/${id}`, { item: '2' });
        expect(response.status).toBe(403);
        expect(await shareRow(id)).toEqual(before);
        expect((await sharer('PATCH', `/shares/${id}`, { item: '1' })).status).toBe(200);
        expect((await shareRow(id))?.item).toBe('1');
      });

      it('lets an admin share anything', async () => {
        const id = await createShare({ collection: 'articles', item: '2', role: VIEWER_ROLE });
        expect((await shareRow(id))?.user_created).toBe(ADMIN);
      });
    });

    describe('/shares/info', () => {
      it('answers the public facts, password concealed or null, without a token', async () => {
        const locked = await createShare({
          collection: 'articles',
          item: '1',
          role: VIEWER_ROLE,
          password: 'pw',
        });
        const open = await createShare({ collection: 'articles', item: '3', max_uses: 5 });
        const lockedInfo = await as(null, 'GET', `/shares/info/${locked}`);
        expect(lockedInfo.status).toBe(200);
        expect(Object.keys(lockedInfo.body.data).sort()).toEqual(
          ['collection', 'date_end', 'date_start', 'id', 'item', 'max_uses', 'password', 'times_used'].sort(),
        );
        expect(lockedInfo.body.data).toMatchObject({ id: locked, item: '1', password: '**********' });
        expect((await as(null, 'GET', `/shares/info/${open}`)).body.data).toMatchObject({
          password: null,
          max_uses: 5,
          times_used: 0,
        });
        expect(await createSdk(setup.server.app, 'unused').request(readShareInfo(open))).toMatchObject({
          id: open,
          collection: 'articles',
        });
      });

      it('answers 403 for a share outside its dates, an unknown id and a malformed one', async () => {
        const over = await createShare({ collection: 'articles', item: '1', date_end: iso(-60_000) });
        const later = await createShare({ collection: 'articles', item: '1', date_start: iso(3_600_000) });
        for (const id of [over, later, MISSING, 'not-a-uuid']) {
          const response = await as(null, 'GET', `/shares/info/${id}`);
          expect(response.status).toBe(403);
          expect(codeOf(response)).toBe('FORBIDDEN');
        }
      });
    });

    describe('logging in with a share', () => {
      let shareId: string;
      let token: string;

      beforeAll(async () => {
        shareId = await createShare(
          { collection: 'articles', item: '1', role: VIEWER_ROLE, password: 'letmein' },
          sharer,
        );
      });

      it('refuses a wrong or missing password without counting a use', async () => {
        for (const payload of [{ share: shareId, password: 'nope' }, { share: shareId }]) {
          const response = await login(payload);
          expect(response.status).toBe(401);
          expect(codeOf(response)).toBe('INVALID_CREDENTIALS');
        }
        expect((await shareRow(shareId))?.times_used).toBe(0);
      });

      it('refuses unknown shares and bad bodies', async () => {
        expect(codeOf(await login({ share: MISSING }))).toBe('INVALID_CREDENTIALS');
        expect(codeOf(await login({ share: 'x' }))).toBe('INVALID_CREDENTIALS');
        const missing = await login({ password: 'letmein' });
        expect(missing.status).toBe(400);
        expect(codeOf(missing)).toBe('INVALID_PAYLOAD');
        expect(codeOf(await login({ share: shareId, mode: 'carrier-pigeon' }))).toBe('INVALID_PAYLOAD');
      });

      it('logs in with the password (json by default), counts the use and opens a share session', async () => {
        const response = await login({ share: shareId, password: 'letmein' });
        expect(response.status).toBe(200);
        expect(Object.keys(response.body.data).sort()).toEqual(['access_token', 'expires', 'refresh_token']);
        expect(response.body.data.expires).toBe(900_000);
        token = response.body.data.access_token;
        const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
        expect(claims).toMatchObject({ share: shareId, role: null, app_access: false, admin_access: false });
        expect(claims.id).toBeUndefined();
        expect((await shareRow(shareId))?.times_used).toBe(1);
        const sessions = await setup.server.database.kysely
          .selectFrom('directus_sessions')
          .select(['user', 'share'])
          .where('share', '=', shareId)
          .execute();
        expect(sessions).toEqual([{ user: null, share: shareId }]);
      });

      it('reads the shared item with the fields both the role and the creator may read', async () => {
        const response = await as(
          token,
          'GET',
          '/items/articles/1?fields=id,title,author.name,comments.id,tags.tags_id.name',
        );
        expect(response.status).toBe(200);
        expect(response.body.data).toEqual({
          id: 1,
          title: 'Alpha',
          author: { name: 'Ann' },
          comments: [{ id: 1 }, { id: 2 }],
          tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
        });
        // slug: the creator may not read it; status: the role may not.
        for (const field of ['slug', 'status']) {
          const refused = await as(token, 'GET', `/items/articles/1?fields=id,${field}`);
          expect(refused.status).toBe(403);
        }
      });

      it('sees only the shared item and what it relates to', async () => {
        expect((await as(token, 'GET', '/items/articles/3')).status).toBe(403);
        expect((await as(token, 'GET', '/items/articles?fields=id')).body.data).toEqual([{ id: 1 }]);
        expect((await as(token, 'GET', '/items/authors?fields=id')).body.data).toEqual([{ id: ANN }]);
        expect((await as(token, 'GET', `/items/authors/${BOB}`)).status).toBe(403);
        expect((await as(token, 'GET', '/items/comments?fields=id&sort=id')).body.data).toEqual([
          { id: 1 },
          { id: 2 },
        ]);
        expect((await as(token, 'GET', '/items/tags?fields=id&sort=id')).body.data).toEqual([
          { id: 1 },
          { id: 2 },
        ]);
        for (const url of ['/items/pages', '/items/headings', '/shares', '/roles']) {
          expect((await as(token, 'GET', url)).status).toBe(403);
        }
      });

      it('answers /users/me with the share', async () => {
        expect((await as(token, 'GET', '/users/me')).body).toEqual({ data: { share: shareId } });
      });

      it('summarises its permissions at /permissions/me: reads only, nothing written', async () => {
        const response = await as(token, 'GET', '/permissions/me');
        expect(response.status).toBe(200);
        const articles = response.body.data.articles;
        expect(articles.read.access).toBe('partial');
        for (const action of ['create', 'update', 'delete']) expect(articles[action].access).toBe('none');
        expect(response.body.data.pages?.read.access ?? 'none').toBe('none');
      });

      it('writes nothing, even where the share’s role may update', async () => {
        const before = await articles();
        const attempts: Array<[string, string, unknown]> = [
          ['PATCH', '/items/articles/1', { title: 'Hacked' }],
          ['PATCH', '/items/articles', { keys: [1], data: { title: 'Hacked' } }],
          ['POST', '/items/articles', { title: 'New', status: 'draft' }],
          ['DELETE', '/items/articles/1', undefined],
        ];
        for (const [method, url, payload] of attempts) {
          const response = await as(token, method, url, payload);
          expect(response.status).toBe(403);
        }
        expect(await articles()).toEqual(before);
        const before2 = await shares();
        expect((await as(token, 'POST', '/shares', { collection: 'articles', item: '1' })).status).toBe(403);
        expect(await shares()).toEqual(before2);
      });

      it('refreshes the share session (json), and the new token reads the item', async () => {
        const first = await login({ share: shareId, password: 'letmein' });
        const refreshed = await as(null, 'POST', '/auth/refresh', {
          refresh_token: first.body.data.refresh_token,
          mode: 'json',
        });
        expect(refreshed.status).toBe(200);
        expect(refreshed.body.data.refresh_token).not.toBe(first.body.data.refresh_token);
        const read = await as(refreshed.body.data.access_token, 'GET', '/items/articles/1?fields=title');
        expect(read.body.data).toEqual({ title: 'Alpha' });
        // The refresh did not count as a use.
        expect((await shareRow(shareId))?.times_used).toBe(2);
      });

      it('hands out tokens in cookie and session modes', async () => {
        const cookie = await setup.server.app.inject({
          method: 'POST',
          url: '/shares/auth',
          payload: { share: shareId, password: 'letmein', mode: 'cookie' },
        });
        expect(cookie.statusCode).toBe(200);
        expect(Object.keys(cookie.json().data).sort()).toEqual(['access_token', 'expires']);
        const refreshCookie = cookieValue(setCookies(cookie).directus_refresh_token);
        expect(refreshCookie).toHaveLength(64);

        const session = await setup.server.app.inject({
          method: 'POST',
          url: '/shares/auth',
          payload: { share: shareId, password: 'letmein', mode: 'session' },
        });
        expect(session.json()).toEqual({ data: { expires: 86_400_000 } });
        const sessionToken = cookieValue(setCookies(session).directus_session_token);
        const read = await setup.server.app.inject({
          method: 'GET',
          url: '/items/articles/1?fields=title',
          cookies: { directus_session_token: sessionToken },
        });
        expect(read.json()).toEqual({ data: { title: 'Alpha' } });
      });

      it('refreshes a session-mode share login, and logs out of a share session', async () => {
        const session = await setup.server.app.inject({
          method: 'POST',
          url: '/shares/auth',
          payload: { share: shareId, password: 'letmein', mode: 'session' },
        });
        const cookie = cookieValue(setCookies(session).directus_session_token);
        const refreshed = await setup.server.app.inject({
          method: 'POST',
          url: '/auth/refresh',
          payload: { mode: 'session' },
          cookies: { directus_session_token: cookie },
        });
        expect(refreshed.statusCode).toBe(200);
        const next = cookieValue(setCookies(refreshed).directus_session_token);
        expect(next).not.toBe(cookie);
        const read = await setup.server.app.inject({
          method: 'GET',
          url: '/items/articles/1?fields=title',
          cookies: { directus_session_token: next },
        });
        expect(read.json()).toEqual({ data: { title: 'Alpha' } });

        const json = await login({ share: shareId, password: 'letmein' });
        const { refresh_token } = json.body.data;
        expect((await as(null, 'POST', '/auth/logout', { refresh_token })).status).toBe(204);
        expect(codeOf(await as(null, 'POST', '/auth/refresh', { refresh_token }))).toBe(
          'INVALID_CREDENTIALS',
        );
      });

      it('ends a share token’s rights when the share passes its end, and refuses its refresh', async () => {
        const id = await createShare({ collection: 'articles', item: '3', role: VIEWER_ROLE });
        const { body } = await login({ share: id });
        expect((await as(body.data.access_token, 'GET', '/items/articles/3?fields=id')).status).toBe(200);
        await setup.server.database.kysely
          .updateTable('directus_shares')
          .set({ date_end: new Date(Date.now() - 60_000) })
          .where('id', '=', id)
          .execute();
        expect((await as(body.data.access_token, 'GET', '/items/articles/3?fields=id')).status).toBe(403);
        const refreshed = await as(null, 'POST', '/auth/refresh', { refresh_token: body.data.refresh_token });
        expect(codeOf(refreshed)).toBe('INVALID_CREDENTIALS');
      });

      it('ends a share token’s rights when the share is deleted, and refuses its refresh', async () => {
        const id = await createShare({ collection: 'articles', item: '3', role: VIEWER_ROLE });
        const { body } = await login({ share: id });
        expect((await as(body.data.access_token, 'GET', '/items/articles/3?fields=id')).status).toBe(200);
        expect((await setup.api('DELETE', `/shares/${id}`)).status).toBe(204);
        expect((await as(body.data.access_token, 'GET', '/items/articles/3?fields=id')).status).toBe(403);
        const refreshed = await as(null, 'POST', '/auth/refresh', { refresh_token: body.data.refresh_token });
        expect(codeOf(refreshed)).toBe('INVALID_CREDENTIALS');
      });
    });

    describe('limits', () => {
      it('refuses a share with no uses left, and counts no more', async () => {
        const id = await createShare({ collection: 'articles', item: '1', role: VIEWER_ROLE, max_uses: 2 });
        expect((await login({ share: id })).status).toBe(200);
        expect((await login({ share: id })).status).toBe(200);
        const third = await login({ share: id });
        expect(third.status).toBe(401);
        expect(codeOf(third)).toBe('INVALID_CREDENTIALS');
        expect((await shareRow(id))?.times_used).toBe(2);
      });

      it('refuses a share before its start and after its end', async () => {
        const over = await createShare({ collection: 'articles', item: '1', date_end: iso(-60_000) });
        const later = await createShare({ collection: 'articles', item: '1', date_start: iso(3_600_000) });
        for (const id of [over, later]) {
          const response = await login({ share: id });
          expect(response.status).toBe(401);
          expect(codeOf(response)).toBe('INVALID_CREDENTIALS');
          expect((await shareRow(id))?.times_used).toBe(0);
        }
      });

      it('binds a role-less share by the public policy: with no public rules it reads nothing', async () => {
        const id = await createShare({ collection: 'articles', item: '1' });
        const { body } = await login({ share: id });
        expect((await as(body.data.access_token, 'GET', '/items/articles/1')).status).toBe(403);
      });

      it('binds an admin’s share by the share role alone', async () => {
        const id = await createShare({ collection: 'articles', item: '2', role: VIEWER_ROLE });
        const { body } = await login({ share: id });
        const read = await as(body.data.access_token, 'GET', '/items/articles/2?fields=id,slug');
        expect(read.body.data).toEqual({ id: 2, slug: 'beta' });
      });
    });

    describe('/shares/invite', () => {
      it('emails each address a link to the share page, named after the inviter', async () => {
        await setup.server.database.kysely
          .updateTable('directus_users')
          .set({ first_name: 'Sam', last_name: 'Sharer' })
          .where('id', '=', SHARER)
          .execute();
        const id = await createShare({ collection: 'articles', item: '1', role: VIEWER_ROLE }, sharer);
        const response = await sharer('POST', '/shares/invite', {
          share: id,
          emails: ['friend@example.com', 'other@example.com'],
        });
        expect(response.status).toBe(204);
        for (const to of ['friend@example.com', 'other@example.com']) {
          const received = await mail.next(to);
          expect(received.subject).toBe('Sam Sharer has shared an item with you');
          expect(received.text).toContain('Sam Sharer has invited you to view an item in articles.');
          expect(received.text).toContain(`http://plinth.test/admin/shared/${id}`);
          expect(received.html).toContain(`href="http://plinth.test/admin/shared/${id}"`);
        }
      });

      it('refuses shares the caller may not read, share sessions and bad bodies, and sends nothing', async () => {
        const foreign = await createShare({ collection: 'articles', item: '1' });
        const refused = await sharer('POST', '/shares/invite', {
          share: foreign,
          emails: ['nosy@example.com'],
        });
        expect(refused.status).toBe(403);
        const own = await createShare({ collection: 'articles', item: '1', role: VIEWER_ROLE }, sharer);
        const { body } = await login({ share: own });
        const asShare = await as(body.data.access_token, 'POST', '/shares/invite', {
          share: own,
          emails: ['nosy@example.com'],
        });
        expect(asShare.status).toBe(403);
        expect(
          codeOf(await sharer('POST', '/shares/invite', { share: own, emails: 'nosy@example.com' })),
        ).toBe('INVALID_PAYLOAD');
        expect(codeOf(await sharer('POST', '/shares/invite', { share: own, emails: ['not an email'] }))).toBe(
          'INVALID_PAYLOAD',
        );
        expect(await mail.nothingFor('nosy@example.com', 300)).toBe(true);
      });
    });

    it('works through @directus/sdk: authenticateShare, then readItem with the share token', async () => {
      const id = await createShare(
        { collection: 'articles', item: '1', role: VIEWER_ROLE, password: 'sdk' },
        sharer,
      );
      const anonymous = createSdk(setup.server.app, 'unused');
      const auth = await anonymous.request(authenticateShare(id, 'sdk', 'json'));
      expect(auth.access_token).toBeTruthy();
      const client = createSdk(setup.server.app, auth.access_token!);
      expect(await client.request(readItem('articles', 1, { fields: ['id', 'title'] }))).toEqual({
        id: 1,
        title: 'Alpha',
      });
      await expect(client.request(readItem('articles', 3))).rejects.toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN' } }],
      });
    });
  });
}
