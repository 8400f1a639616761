import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from './data-model-fixture.js';
import { ANN, BOB, createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const ROLE = 'b0000000-0000-4000-8000-000000000001';
const POLICY_A = 'b1000000-0000-4000-8000-000000000001';
const POLICY_B = 'b1000000-0000-4000-8000-000000000002';
const WRITER = 'b2000000-0000-4000-8000-000000000001';
const TOKEN = 'writer-static-token';

const json = (value: object | null) => (value === null ? null : JSON.stringify(value));
const published = { status: { _eq: 'published' } };
const draft = { status: { _eq: 'draft' } };

/**
 * [policy, collection, action, row filter, fields, validation, presets]. Policy A (the role's) reads
 * published articles with their relations; policy B (the user's own) reads Bob's articles with the slug.
 */
const RULES: Array<[string, string, string, object | null, string, object | null, object | null]> = [
  [POLICY_A, 'articles', 'read', published, 'id,title,status,author,comments,tags', null, null],
  [POLICY_B, 'articles', 'read', { author: { _eq: BOB } }, 'id,status,slug', null, null],
  [POLICY_A, 'authors', 'read', null, 'id,name', null, null],
  [POLICY_A, 'comments', 'read', null, 'id,article', null, null],
  [POLICY_A, 'tags', 'read', null, '*', null, null],
  [POLICY_A, 'articles_tags', 'read', null, '*', null, null],
  [POLICY_A, 'pages', 'read', null, '*', null, null],
  [POLICY_A, 'pages_blocks', 'read', null, '*', null, null],
  [POLICY_A, 'headings', 'read', null, '*', null, null],
  [
    POLICY_A,
    'articles',
    'create',
    null,
    'title,slug,status,tags',
    { status: { _in: ['draft', 'published'] } },
    { status: 'draft', slug: 'preset-slug' },
  ],
  [POLICY_A, 'articles_tags', 'create', null, '*', null, null],
  [POLICY_A, 'articles', 'update', draft, 'title,slug', null, null],
  [POLICY_A, 'articles', 'delete', draft, '*', null, null],
];

async function seedWriter(setup: ItemsReadSetup): Promise<void> {
  const db = setup.server.database.kysely;
  await db.insertInto('directus_roles').values({ id: ROLE, name: 'Writer' }).execute();
  await db
    .insertInto('directus_policies')
    .values([
      { id: POLICY_A, name: 'Writers', admin_access: false, app_access: false },
      { id: POLICY_B, name: 'Bob watcher', admin_access: false, app_access: false },
    ])
    .execute();
  await db
    .insertInto('directus_users')
    .values({ id: WRITER, email: 'writer@example.com', role: ROLE, status: 'active', token: TOKEN })
    .execute();
  await db
    .insertInto('directus_access')
    .values([
      { id: 'b3000000-0000-4000-8000-000000000001', role: ROLE, policy: POLICY_A },
      { id: 'b3000000-0000-4000-8000-000000000002', user: WRITER, policy: POLICY_B },
    ])
    .execute();
  await db
    .insertInto('directus_permissions')
    .values(
      RULES.map(([policy, collection, action, permissions, fields, validation, presets]) => ({
        policy,
        collection,
        action,
        permissions: json(permissions),
        fields,
        validation: json(validation),
        presets: json(presets),
      })),
    )
    .execute();
  if (setup.server.database.client === 'pg') {
    for (const table of ['articles', 'comments', 'tags', 'articles_tags'])
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
        db,
      );
  }
}

const forbidden = (reason: string) => ({
  status: 403,
  body: { errors: [{ message: reason, extensions: { reason, code: 'FORBIDDEN' } }] },
});
const fieldForbidden = (field: string, collection: string, where = 'root') =>
  forbidden(
    `You don't have permission to access field "${field}" in collection "${collection}" or it does not exist. Queried in ${where}.`,
  );

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/items permission tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/items under permissions on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    let writer: ReturnType<typeof createApi>;
    const articles = async () =>
      (
        await setup.server.database.kysely
          .selectFrom('articles')
          .select(['id', 'title', 'slug', 'status'])
          .orderBy('id')
          .execute()
      ).map((row) => ({ ...row, id: Number(row.id) }));

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
      await seedWriter(setup);
      writer = createApi(setup.server.app, TOKEN);
    });
    afterAll(async () => setup?.close());

    it('reads the OR of the row filters, each field only where a rule granting it matches', async () => {
      const { status, body } = await writer('GET', '/items/articles?fields=id,title,slug&sort=id');
      expect(status).toBe(200);
      expect(body.data).toEqual([
        { id: 1, title: 'Alpha', slug: null },
        { id: 2, title: null, slug: 'beta' },
        { id: 3, title: 'Gamma', slug: null },
      ]);
    });

    it('guards m2o objects, o2m and m2m lists with the rows their rule covers', async () => {
      const { body } = await writer(
        'GET',
        '/items/articles?fields=id,author.name,comments.id,tags.tags_id.name&sort=id',
      );
      expect(body.data).toEqual([
        {
          id: 1,
          author: { name: 'Ann' },
          comments: [{ id: 1 }, { id: 2 }],
          tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
        },
        { id: 2, author: null, comments: null, tags: null },
        { id: 3, author: null, comments: [], tags: [] },
      ]);
    });

    it('filters, searches, counts and groups on guarded values only', async () => {
      const byTitle = await writer('GET', '/items/articles?fields=id&filter[title][_eq]=Beta');
      expect(byTitle.body.data).toEqual([]);
      // The slug is readable on Bob's row, so it is searched there; the hidden comment bodies never are.
      const search = await writer('GET', '/items/articles?fields=id&search=beta');
      expect(search.body.data).toEqual([{ id: 2 }]);
      const hidden = await writer('GET', '/items/comments?fields=id&search=first');
      expect(hidden.body.data).toEqual([]);
      const byAuthor = await writer('GET', `/items/articles?fields=id&filter[author][_eq]=${BOB}`);
      expect(byAuthor.body.data).toEqual([]);
      const count = await writer('GET', '/items/articles?aggregate[count]=title&meta=*');
      expect(count.body.data).toEqual([{ count: { title: 2 } }]);
      const grouped = await writer('GET', '/items/articles?aggregate[count]=*&groupBy[]=slug&sort=slug');
      expect(grouped.body.data).toEqual([
        { slug: null, count: 2 },
        { slug: 'beta', count: 1 },
      ]);
    });

    it("replaces $CURRENT_USER in the caller's own filter before validating it", async () => {
      const mine = await writer('GET', '/items/articles?fields=id&filter[author][_eq]=$CURRENT_USER');
      expect(mine).toEqual({ status: 200, body: { data: [] } });
      // The author is readable on published rows only: Ann's article is the one non-null author left.
      const others = await writer('GET', '/items/articles?fields=id&filter[author][_neq]=$CURRENT_USER');
      expect(others).toEqual({ status: 200, body: { data: [{ id: 1 }] } });
    });

    it('refuses every side door on a field no rule grants', async () => {
      expect(await writer('GET', '/items/comments?fields=id&filter[body][_eq]=first')).toEqual(
        fieldForbidden('body', 'comments'),
      );
      expect(await writer('GET', '/items/comments?fields=id&sort=body')).toEqual(
        fieldForbidden('body', 'comments'),
      );
      expect(await writer('GET', '/items/comments?aggregate[max]=body')).toEqual(
        fieldForbidden('body', 'comments'),
      );
      expect(await writer('GET', '/items/comments?aggregate[count]=*&groupBy[]=body')).toEqual(
        fieldForbidden('body', 'comments'),
      );
      expect(
        await writer('GET', '/items/articles?fields=id,comments.id&deep[comments][_filter][body][_eq]=x'),
      ).toEqual(fieldForbidden('body', 'comments', '"comments"'));
      expect(
        await writer('GET', '/items/articles?fields=id&filter[comments][_some][body][_eq]=first'),
      ).toEqual(fieldForbidden('body', 'comments', '"comments"'));
    });

    it('returns null for a many-to-any item in a collection it cannot read', async () => {
      const { body } = await writer(
        'GET',
        '/items/pages?fields=id,blocks.collection,blocks.item:headings.title,blocks.item:texts.body',
      );
      expect(body.data).toEqual([
        {
          id: 1,
          blocks: [
            { collection: 'headings', item: { title: 'Welcome' } },
            { collection: 'texts', item: null },
          ],
        },
      ]);
    });

    it('refuses a create naming a forbidden field or breaking the validation, creating nothing', async () => {
      const before = await articles();
      expect(await writer('POST', '/items/articles', { title: 'x', author: ANN })).toEqual(
        forbidden(
          `You don't have permission to access field "author" in collection "articles" or it does not exist.`,
        ),
      );
      const invalid = await writer('POST', '/items/articles', { title: 'x', status: 'archived' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors.map((error: { extensions: unknown }) => error.extensions)).toEqual([
        { code: 'FAILED_VALIDATION', field: 'status', path: [], type: 'in', valid: ['draft', 'published'] },
      ]);
      expect(await articles()).toEqual(before);
    });

    it('puts presets under the payload on create', async () => {
      const created = await writer('POST', '/items/articles?fields=id,status', {
        title: 'Preset',
        status: 'published',
      });
      expect(created.status).toBe(200);
      const row = (await articles()).find((article) => article.title === 'Preset');
      expect(row).toMatchObject({ status: 'published', slug: 'preset-slug' });
    });

    it('refuses an update or delete outside the item filter, by keys and by query, changing nothing', async () => {
      const before = await articles();
      const outside = await writer('PATCH', '/items/articles/1', { title: 'Hacked' });
      expect(outside).toEqual(
        forbidden(
          `You don't have permissions to perform "update" for the field(s) "title" in collection "articles" or it does not exist.`,
        ),
      );
      const byKeys = await writer('PATCH', '/items/articles', { keys: [1, 2], data: { title: 'Hacked' } });
      expect(byKeys.status).toBe(403);
      const byQuery = await writer('PATCH', '/items/articles', {
        query: { filter: { id: { _in: [1, 2] } } },
        data: { title: 'Hacked' },
      });
      expect(byQuery.status).toBe(403);
      const deleteQuery = await writer('DELETE', '/items/articles', {
        query: { filter: { id: { _in: [1, 2] } } },
      });
      expect(deleteQuery).toEqual(
        forbidden(
          `You don't have permission to perform "delete" for collection "articles" or it does not exist.`,
        ),
      );
      expect(await writer('PATCH', '/items/articles/2', { status: 'published' })).toEqual(
        fieldForbidden('status', 'articles'),
      );
      expect(await articles()).toEqual(before);
    });

    it('updates and deletes inside the item filter', async () => {
      const updated = await writer('PATCH', '/items/articles/2?fields=id,slug', { slug: 'beta-2' });
      expect(updated).toEqual({ status: 200, body: { data: { id: 2, slug: 'beta-2' } } });
      expect((await articles()).find((row) => row.id === 2)?.slug).toBe('beta-2');
    });

    it('refuses a nested write into a collection without the rule, rolling the whole create back', async () => {
      const before = await articles();
      const tagCount = async () =>
        Number(
          (
            await setup.server.database.kysely
              .selectFrom('tags')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const tagsBefore = await tagCount();
      const nested = await writer('POST', '/items/articles', {
        title: 'Nested',
        slug: 'nested',
        tags: [{ tags_id: { name: 'sneaky' } }],
      });
      expect(nested).toEqual(
        forbidden(`You don't have permission to "create" from collection "tags" or it does not exist.`),
      );
      expect(await articles()).toEqual(before);
      expect(await tagCount()).toBe(tagsBefore);
    });

    it('reads under a changed rule at once: a plan cached under the old rule is not reused', async () => {
      const url = '/items/authors?fields=id&sort=id';
      const everyone = (await writer('GET', url)).body;
      expect(everyone.data.length).toBeGreaterThan(1);
      expect((await writer('GET', url)).body).toEqual(everyone);
      const found = await setup.api(
        'GET',
        '/permissions?filter[collection][_eq]=authors&filter[action][_eq]=read&fields=id',
      );
      const id = found.body.data[0].id;
      await setup.api('PATCH', `/permissions/${id}`, { permissions: { id: { _eq: ANN } } });
      try {
        expect((await writer('GET', url)).body).toEqual({ data: [{ id: ANN }] });
      } finally {
        await setup.api('PATCH', `/permissions/${id}`, { permissions: null });
      }
      expect((await writer('GET', url)).body).toEqual(everyone);
    });
  });
}
