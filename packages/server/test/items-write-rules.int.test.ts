import { InvalidPayloadError } from '@plinth/errors';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const ADMIN = '00000000-0000-4000-8000-000000000004';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const people = {
  collection: 'people',
  schema: {},
  fields: [
    { field: 'id', type: 'uuid', schema: { is_primary_key: true }, meta: { special: ['uuid'] } },
    {
      field: 'email',
      type: 'string',
      schema: { is_nullable: false },
      meta: { validation: { _and: [{ email: { _contains: '@' } }] } },
    },
    { field: 'age', type: 'integer', meta: { validation: { age: { _gte: 18 } } } },
    { field: 'password', type: 'hash', meta: { special: ['hash'] } },
    { field: 'date_created', type: 'timestamp', meta: { special: ['date-created'] } },
    { field: 'user_created', type: 'uuid', meta: { special: ['user-created'] } },
    { field: 'active', type: 'boolean' },
    { field: 'profile', type: 'json' },
    { field: 'born', type: 'date' },
  ],
};

async function advanceSequences(setup: ItemsReadSetup): Promise<void> {
  if (setup.server.database.client !== 'pg') return;
  for (const table of ['articles', 'comments', 'tags', 'articles_tags']) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
      setup.server.database.kysely,
    );
  }
}

const failed = (field: string, message: string, extra: Record<string, unknown>) => ({
  message: `Validation failed for field "${field}". ${message}`,
  extensions: { field, path: [], ...extra, code: 'FAILED_VALIDATION' },
});

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/items write rule tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/items write rules on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    const db = () => setup.server.database.kysely;
    const count = async (table: string) =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine, { MAX_BATCH_MUTATION: '20' });
      await advanceSequences(setup);
      const created = await setup.api('POST', '/collections', people);
      if (created.status !== 200) throw new Error(JSON.stringify(created.body));
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('applies specials and coerces values per type', async () => {
      const response = await setup.api('POST', '/items/people', {
        email: 'a@b.c',
        password: 'secret',
        active: 'true',
        profile: { tags: [1, 'two'] },
        born: '2000-02-03T10:00:00',
      });
      expect(response.status).toBe(200);
      const item = response.body.data;
      expect(item).toMatchObject({
        email: 'a@b.c',
        password: '**********',
        user_created: ADMIN,
        active: true,
        profile: { tags: [1, 'two'] },
        born: '2000-02-03',
      });
      expect(item.id).toMatch(UUID_V4);
      expect(Math.abs(Date.parse(item.date_created) - Date.now())).toBeLessThan(60_000);
      const stored = await db()
        .selectFrom('people')
        .select('password')
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow();
      expect(stored.password).toMatch(/^\$argon2id\$/);
    });

    it('refuses dates that are not ISO 8601', async () => {
      const reason = 'Invalid Date format in field "born"';
      expect(await setup.api('POST', '/items/people', { email: 'd@e.f', born: '03/02/2000' })).toEqual({
        status: 400,
        body: {
          errors: [
            { message: `Invalid payload. ${reason}.`, extensions: { reason, code: 'INVALID_PAYLOAD' } },
          ],
        },
      });
    });

    it('answers nulls in NOT NULL columns with FAILED_VALIDATION', async () => {
      const nnull = failed('name', "Value can't be null.", { type: 'nnull' });
      expect(await setup.api('POST', '/items/authors', { name: null })).toEqual({
        status: 400,
        body: { errors: [nnull] },
      });
      expect(await setup.api('POST', '/items/authors', {})).toEqual({
        status: 400,
        body: { errors: [nnull] },
      });
      const status = await setup.api('PATCH', '/items/articles/2', { status: null });
      expect(status.body).toEqual({ errors: [failed('status', "Value can't be null.", { type: 'nnull' })] });
    });

    it('sends every broken validation rule at once', async () => {
      const before = await count('people');
      expect(await setup.api('POST', '/items/people', { email: 'nope', age: 12 })).toEqual({
        status: 400,
        body: {
          errors: [
            failed('email', 'Value has to contain "@".', { type: 'contains', substring: '@' }),
            failed('age', 'Value has to be greater than or equal to "18".', { type: 'gte', valid: 18 }),
          ],
        },
      });
      expect(await count('people')).toBe(before);
    });

    it('translates unique, length and foreign key errors from the database', async () => {
      expect(await setup.api('POST', '/items/articles', { slug: 'alpha' })).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: 'Value "alpha" for field "slug" in collection "articles" has to be unique.',
              extensions: {
                collection: 'articles',
                field: 'slug',
                value: 'alpha',
                code: 'RECORD_NOT_UNIQUE',
              },
            },
          ],
        },
      });
      const long = 'x'.repeat(201);
      const tooLong = await setup.api('POST', '/items/articles', { title: long });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.errors[0].extensions).toEqual({
        collection: 'articles',
        field: 'title',
        value: long,
        code: 'VALUE_TOO_LONG',
      });
      const orphan = await setup.api('POST', '/items/comments', { body: 'x', article: 99999 });
      expect(orphan.status).toBe(400);
      expect(orphan.body.errors[0].extensions).toMatchObject({
        collection: 'comments',
        code: 'INVALID_FOREIGN_KEY',
      });
    });

    it('records activity and revisions, nested writes pointing at their parent', async () => {
      const created = await setup.api('POST', '/items/articles?fields=id,comments', {
        title: 'Tracked',
        comments: [{ body: 'tracked comment' }],
      });
      const id = created.body.data.id;
      const [comment] = created.body.data.comments;
      await setup.api('PATCH', `/items/articles/${id}`, { title: 'Tracked 2' });
      await setup.api('DELETE', `/items/comments/${comment}`);
      const activity = await db()
        .selectFrom('directus_activity')
        .select(['id', 'action', 'user', 'collection', 'item', 'ip', 'user_agent'])
        .where((eb) =>
          eb.or([
            eb.and([eb('collection', '=', 'articles'), eb('item', '=', String(id))]),
            eb.and([eb('collection', '=', 'comments'), eb('item', '=', String(comment))]),
          ]),
        )
        .orderBy('id')
        .execute();
      expect(activity.map((row) => [row.action, row.collection, row.user])).toEqual([
        ['create', 'articles', ADMIN],
        ['create', 'comments', ADMIN],
        ['update', 'articles', ADMIN],
        ['delete', 'comments', ADMIN],
      ]);
      expect(activity[0]).toMatchObject({ ip: '127.0.0.1', user_agent: 'lightMyRequest' });
      const revisions = await db()
        .selectFrom('directus_revisions')
        .selectAll()
        .where(
          'activity',
          'in',
          activity.map((row) => row.id),
        )
        .orderBy('id')
        .execute();
      expect(revisions).toHaveLength(3);
      const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
      const [articleCreate, commentCreate, articleUpdate] = revisions;
      // Each revision points at the activity row of its own change (one statement on PostgreSQL).
      expect(revisions.map((row) => row.activity)).toEqual(activity.slice(0, 3).map((row) => row.id));
      expect(json(articleCreate!.delta)).toEqual({ title: 'Tracked' });
      expect(commentCreate!.parent).toBe(articleCreate!.id);
      expect(json(commentCreate!.data)).toMatchObject({ body: 'tracked comment', article: id });
      expect(json(articleUpdate!.delta)).toEqual({ title: 'Tracked 2' });
      expect(json(articleUpdate!.data)).toMatchObject({ id, title: 'Tracked 2', status: 'draft' });
    });

    it('writes the activity and revision rows of a create in one statement on PostgreSQL, two elsewhere', async () => {
      const before = setup.statements.length;
      const created = await setup.api('POST', '/items/articles?fields=id', { title: 'Counted' });
      expect(created.status).toBe(200);
      const history = setup.statements
        .slice(before)
        .filter((text) => /directus_activity|directus_revisions/.test(text));
      if (setup.server.database.client === 'pg') {
        expect(history).toHaveLength(1);
        expect(history[0]).toMatch(/directus_activity[\s\S]*directus_revisions/);
      } else {
        expect(history).toHaveLength(2);
      }
      const revision = await db()
        .selectFrom('directus_revisions as r')
        .innerJoin('directus_activity as a', 'a.id', 'r.activity')
        .select(['a.action', 'a.item', 'r.data'])
        .where('r.collection', '=', 'articles')
        .where('r.item', '=', String(created.body.data.id))
        .executeTakeFirstOrThrow();
      expect(revision).toMatchObject({ action: 'create', item: String(created.body.data.id) });
      const data = typeof revision.data === 'string' ? JSON.parse(revision.data) : revision.data;
      expect(data).toMatchObject({ id: created.body.data.id, title: 'Counted' });
    });

    it('lets filter hooks change or refuse a payload, and tells action hooks after the commit', async () => {
      const events = setup.server.app.plinth.events;
      const seen: unknown[] = [];
      const offs = [
        events.onFilter('articles.items.create', (payload) => ({ ...payload, status: 'review' })),
        events.onFilter('items.create', (payload, meta) => {
          if (meta['collection'] === 'tags' && payload.name === 'blocked') {
            throw new InvalidPayloadError({ reason: 'Refused by a hook' });
          }
          return payload;
        }),
        events.onAction('tags.items.create', (meta) => void seen.push(meta['key'])),
      ];
      try {
        const article = await setup.api('POST', '/items/articles?fields=status', { title: 'Hooked' });
        expect(article.body).toEqual({ data: { status: 'review' } });
        const before = await count('tags');
        const refused = await setup.api('POST', '/items/tags', [{ name: 'fine' }, { name: 'blocked' }]);
        expect(refused.body.errors[0]).toEqual({
          message: 'Invalid payload. Refused by a hook.',
          extensions: { reason: 'Refused by a hook', code: 'INVALID_PAYLOAD' },
        });
        expect(await count('tags')).toBe(before);
        expect(seen).toEqual([]);
        const tag = await setup.api('POST', '/items/tags?fields=id', { name: 'heard' });
        await expect.poll(() => seen).toEqual([tag.body.data.id]);
      } finally {
        for (const off of offs) off();
      }
    });

    it('counts nested rows against MAX_BATCH_MUTATION', async () => {
      const before = await Promise.all([count('articles'), count('comments')]);
      const comments = Array.from({ length: 20 }, (_, n) => ({ body: `c${n}` }));
      const reason = 'Exceeded max batch mutation limit of 20';
      expect(await setup.api('POST', '/items/articles', { title: 'Big', comments })).toEqual({
        status: 400,
        body: {
          errors: [
            { message: `Invalid payload. ${reason}.`, extensions: { reason, code: 'INVALID_PAYLOAD' } },
          ],
        },
      });
      expect(await Promise.all([count('articles'), count('comments')])).toEqual(before);
      const fits = await setup.api('POST', '/items/articles?fields=comments', {
        title: 'Fits',
        comments: comments.slice(1),
      });
      expect(fits.body.data.comments).toHaveLength(19);
    });
  });
}
