import {
  readItems,
  createItem as sdkCreateItem,
  createItems as sdkCreateItems,
  deleteItem as sdkDeleteItem,
  deleteItems as sdkDeleteItems,
  updateItem as sdkUpdateItem,
  updateItems as sdkUpdateItems,
  updateItemsBatch,
} from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const GENERIC_403 = {
  errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }],
};

const invalidPayload = (reason: string) => ({
  errors: [{ message: `Invalid payload. ${reason}.`, extensions: { reason, code: 'INVALID_PAYLOAD' } }],
});

/** The fixture inserts rows with explicit ids, which PostgreSQL's sequences do not see. */
async function advanceSequences(setup: ItemsReadSetup): Promise<void> {
  if (setup.server.database.client !== 'pg') return;
  for (const table of [
    'articles',
    'comments',
    'tags',
    'articles_tags',
    'pages',
    'headings',
    'texts',
    'pages_blocks',
  ]) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
      setup.server.database.kysely,
    );
  }
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/items write tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/items writes on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    const count = async (table: string) => {
      const row = await setup.server.database.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
      await advanceSequences(setup);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('creates one item from an object and several from an array, answering in kind', async () => {
      const one = await setup.api('POST', '/items/tags?fields=name', { name: 'one' });
      expect(one).toEqual({ status: 200, body: { data: { name: 'one' } } });
      const many = await setup.api('POST', '/items/tags?fields=name', [{ name: 'two' }, { name: 'three' }]);
      expect(many).toEqual({ status: 200, body: { data: [{ name: 'two' }, { name: 'three' }] } });
      const all = await setup.api('POST', '/items/articles', { title: 'Full', slug: 'full' });
      expect(all.body.data).toMatchObject({
        title: 'Full',
        slug: 'full',
        status: 'draft',
        author: null,
        comments: [],
        tags: [],
      });
      expect(typeof all.body.data.id).toBe('number');
    });

    it('writes m2o and m2m relations nested in a create (the worked example)', async () => {
      const authors = await count('authors');
      const response = await setup.api('POST', '/items/articles?fields=id,author.name,tags.tags_id.name', {
        title: 'Hello',
        author: { name: 'New Author' },
        tags: [{ tags_id: 1 }, { tags_id: { name: 'fresh' } }],
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        id: expect.any(Number),
        author: { name: 'New Author' },
        tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'fresh' } }],
      });
      expect(await count('authors')).toBe(authors + 1);
    });

    it('replaces an o2m set with the array form, unlinking what is left out', async () => {
      const created = await setup.api('POST', '/items/articles?fields=id,comments', {
        title: 'O2M',
        comments: [{ body: 'c1' }, { body: 'c2' }],
      });
      const [first, second] = created.body.data.comments as number[];
      const updated = await setup.api(
        'PATCH',
        `/items/articles/${created.body.data.id}?fields=comments.body`,
        {
          comments: [first, { id: second, body: 'c2 edited' }, { body: 'c3' }],
        },
      );
      expect(updated.body.data.comments.map((c: { body: string }) => c.body)).toEqual([
        'c1',
        'c2 edited',
        'c3',
      ]);
      const trimmed = await setup.api('PATCH', `/items/articles/${created.body.data.id}?fields=comments`, {
        comments: [second],
      });
      expect(trimmed.body.data.comments).toEqual([second]);
      const orphan = await setup.api('GET', `/items/comments/${first}?fields=article,body`);
      expect(orphan.body.data).toEqual({ article: null, body: 'c1' });
    });

    it('changes only the listed children with the detailed form', async () => {
      const created = await setup.api('POST', '/items/articles?fields=id,comments', {
        title: 'Detailed',
        comments: [{ body: 'keep' }, { body: 'edit' }, { body: 'drop' }],
      });
      const [keep, edit, drop] = created.body.data.comments as number[];
      const response = await setup.api(
        'PATCH',
        `/items/articles/${created.body.data.id}?fields=comments.id,comments.body`,
        {
          comments: { create: [{ body: 'added' }], update: [{ id: edit, body: 'edited' }], delete: [drop] },
        },
      );
      expect(response.body.data.comments).toEqual([
        { id: keep, body: 'keep' },
        { id: edit, body: 'edited' },
        { id: expect.any(Number), body: 'added' },
      ]);
      const bad = await setup.api('PATCH', `/items/articles/${created.body.data.id}`, {
        comments: { create: 'x' },
      });
      expect(bad).toEqual({ status: 400, body: invalidPayload('Invalid one-to-many update structure') });
    });

    it('writes many-to-any junction rows to each allowed collection', async () => {
      const response = await setup.api(
        'POST',
        '/items/pages?fields=title,blocks.collection,blocks.item:headings.title,blocks.item:texts.body',
        {
          title: 'Landing',
          blocks: [
            { collection: 'headings', item: { title: 'Hi' } },
            { collection: 'texts', item: 1 },
          ],
        },
      );
      expect(response.body).toEqual({
        data: {
          title: 'Landing',
          blocks: [
            { collection: 'headings', item: { title: 'Hi' } },
            { collection: 'texts', item: { body: 'Body text' } },
          ],
        },
      });
      const refused = await setup.api('POST', '/items/pages', {
        blocks: [{ collection: 'tags', item: { name: 'x' } }],
      });
      expect(refused).toEqual({
        status: 400,
        body: invalidPayload('"tags" can\'t be linked through "item"'),
      });
    });

    it('rolls the whole request back when a nested row fails', async () => {
      const before = await Promise.all(
        ['authors', 'articles', 'tags', 'comments', 'articles_tags'].map(count),
      );
      const response = await setup.api('POST', '/items/articles', {
        title: 'Doomed',
        author: { name: 'Ghost' },
        tags: [{ tags_id: { name: 'ghost tag' } }],
        comments: [{ body: 'fine' }, { body: 'bad', nope: 1 }],
      });
      expect(response.status).toBe(403);
      expect(response.body.errors[0].extensions.reason).toBe(
        'You don\'t have permission to access field "nope" in collection "comments" or it does not exist. Queried in "comments".',
      );
      const after = await Promise.all(
        ['authors', 'articles', 'tags', 'comments', 'articles_tags'].map(count),
      );
      expect(after).toEqual(before);
    });

    it('updates with every batch form and answers the updated items', async () => {
      const [a, b] = (await setup.api('POST', '/items/tags?fields=id', [{ name: 'u1' }, { name: 'u2' }])).body
        .data;
      const batch = await setup.api('PATCH', '/items/tags?fields=name', [
        { id: a.id, name: 'b1' },
        { id: b.id, name: 'b2' },
      ]);
      expect(batch).toEqual({ status: 200, body: { data: [{ name: 'b1' }, { name: 'b2' }] } });
      const byKeys = await setup.api('PATCH', '/items/tags?fields=name', {
        keys: [a.id, b.id],
        data: { name: 'k' },
      });
      expect(byKeys.body).toEqual({ data: [{ name: 'k' }, { name: 'k' }] });
      const byQuery = await setup.api('PATCH', '/items/tags?fields=id,name', {
        query: { filter: { name: { _eq: 'k' } } },
        data: { name: 'q' },
      });
      expect(byQuery.body).toEqual({
        data: [
          { id: a.id, name: 'q' },
          { id: b.id, name: 'q' },
        ],
      });
      const one = await setup.api('PATCH', `/items/tags/${a.id}?fields=name`, { name: 'single' });
      expect(one).toEqual({ status: 200, body: { data: { name: 'single' } } });
    });

    it('refuses malformed batch bodies', async () => {
      expect(await setup.api('PATCH', '/items/tags', { keys: [1], query: {}, data: {} })).toEqual({
        status: 400,
        body: invalidPayload('"value" contains a conflict between exclusive peers [keys, query]'),
      });
      expect(await setup.api('PATCH', '/items/tags', { data: {} })).toEqual({
        status: 400,
        body: invalidPayload('"value" must contain at least one of [keys, query]'),
      });
      expect(await setup.api('PATCH', '/items/tags', { keys: [1] })).toEqual({
        status: 400,
        body: invalidPayload('"data" is required'),
      });
    });

    it('deletes with every form, answering 204', async () => {
      const ids = (
        await setup.api(
          'POST',
          '/items/tags?fields=id',
          [1, 2, 3, 4, 5].map((n) => ({ name: `d${n}` })),
        )
      ).body.data.map((row: { id: number }) => row.id);
      expect(await setup.api('DELETE', '/items/tags', [ids[0]])).toEqual({ status: 204, body: null });
      expect(await setup.api('DELETE', '/items/tags', { keys: [ids[1]] })).toEqual({
        status: 204,
        body: null,
      });
      expect(
        await setup.api('DELETE', '/items/tags', { query: { filter: { name: { _eq: 'd3' } } } }),
      ).toEqual({ status: 204, body: null });
      expect(await setup.api('DELETE', `/items/tags/${ids[3]}`)).toEqual({ status: 204, body: null });
      expect(await setup.api('DELETE', '/items/tags/999999')).toEqual({ status: 204, body: null });
      const left = await setup.api('GET', `/items/tags?fields=name&filter[name][_starts_with]=d`);
      expect(left.body.data).toEqual([{ name: 'd5' }]);
    });

    it('upserts a singleton with PATCH and refuses the list-only routes', async () => {
      const created = await setup.api('PATCH', '/items/settings_page?fields=headline', { headline: 'First' });
      expect(created).toEqual({ status: 200, body: { data: { headline: 'First' } } });
      const updated = await setup.api('PATCH', '/items/settings_page', { headline: 'Second' });
      expect(updated.body.data).toMatchObject({ headline: 'Second' });
      expect(await count('settings_page')).toBe(1);
      const post = await setup.api('POST', '/items/settings_page', { headline: 'x' });
      expect(post).toEqual({
        status: 404,
        body: {
          errors: [
            {
              message: "Route /items/settings_page doesn't exist.",
              extensions: { path: '/items/settings_page', code: 'ROUTE_NOT_FOUND' },
            },
          ],
        },
      });
      expect((await setup.api('PATCH', `/items/settings_page/${updated.body.data.id}`, {})).status).toBe(404);
    });

    it('refuses system collections, unknown collections and callers who are not admins', async () => {
      expect(await setup.api('POST', '/items/directus_users', { email: 'x@y.z' })).toEqual({
        status: 403,
        body: GENERIC_403,
      });
      expect(await setup.api('DELETE', '/items/directus_roles', [1])).toEqual({
        status: 403,
        body: GENERIC_403,
      });
      const missing = await setup.api('POST', '/items/nope', {});
      expect(missing.body.errors[0].extensions.reason).toBe(
        'You don\'t have permission to access collection "nope" or it does not exist. Queried in root.',
      );
      const anonymous = await setup.server.app.inject({
        method: 'POST',
        url: '/items/tags',
        payload: { name: 'anon' },
      });
      expect(anonymous.statusCode).toBe(403);
      expect(anonymous.json().errors[0].extensions.code).toBe('FORBIDDEN');
      const rows = await setup.api('GET', '/items/tags?filter[name][_eq]=anon');
      expect(rows.body.data).toEqual([]);
    });

    it('serves @directus/sdk item writes', async () => {
      const one = await setup.sdk.request(
        sdkCreateItem('tags', { name: 'sdk1' }, { fields: ['id', 'name'] }),
      );
      expect(one).toEqual({ id: expect.any(Number), name: 'sdk1' });
      const many = await setup.sdk.request(sdkCreateItems('tags', [{ name: 'sdk2' }, { name: 'sdk3' }]));
      expect(many.map((row: Record<string, any>) => row.name)).toEqual(['sdk2', 'sdk3']);
      const ids = [one.id, ...many.map((row: Record<string, any>) => row.id)];
      const edited = await setup.sdk.request(sdkUpdateItem('tags', one.id, { name: 'sdk1b' }));
      expect(edited.name).toBe('sdk1b');
      const both = await setup.sdk.request(sdkUpdateItems('tags', ids.slice(1), { name: 'sdkx' }));
      expect(both.map((row: Record<string, any>) => row.name)).toEqual(['sdkx', 'sdkx']);
      const batch = await setup.sdk.request(updateItemsBatch('tags', [{ id: ids[1], name: 'sdky' }]));
      expect(batch).toEqual([expect.objectContaining({ id: ids[1], name: 'sdky' })]);
      await setup.sdk.request(sdkDeleteItem('tags', ids[0]));
      await setup.sdk.request(sdkDeleteItems('tags', ids.slice(1)));
      const left = await setup.sdk.request(readItems('tags', { filter: { id: { _in: ids } } }));
      expect(left).toEqual([]);
      const author = await setup.sdk.request(
        sdkUpdateItem('authors', ANN, { name: 'Ann B' }, { fields: ['name'] }),
      );
      expect(author).toEqual({ name: 'Ann B' });
    });
  });
}
