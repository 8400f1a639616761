import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const ROLE = '10000000-0000-4000-8000-000000000001';
const POLICY = '10000000-0000-4000-8000-000000000002';

/** A role that reads published articles' id and title, and every tag; nothing else. */
async function insertReader(setup: ItemsReadSetup): Promise<string> {
  const db = setup.server.database.kysely;
  await db.insertInto('directus_roles').values({ id: ROLE, name: 'Reader' }).execute();
  await db
    .insertInto('directus_policies')
    .values({ id: POLICY, name: 'Reader', admin_access: false, app_access: false })
    .execute();
  await db
    .insertInto('directus_access')
    .values({ id: '10000000-0000-4000-8000-000000000003', role: ROLE, policy: POLICY })
    .execute();
  await db
    .insertInto('directus_permissions')
    .values([
      {
        policy: POLICY,
        collection: 'articles',
        action: 'read',
        fields: 'id,title',
        permissions: JSON.stringify({ status: { _eq: 'published' } }),
      },
      { policy: POLICY, collection: 'tags', action: 'read', fields: '*', permissions: null },
    ])
    .execute();
  await db
    .insertInto('directus_users')
    .values({
      id: '10000000-0000-4000-8000-000000000004',
      email: 'reader@example.com',
      role: ROLE,
      status: 'active',
      token: 'reader-static-token',
    })
    .execute();
  return 'reader-static-token';
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql permission tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/graphql for a limited role on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    let reader: ReturnType<typeof createGraphQL>;

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
      reader = createGraphQL(setup.server.app, await insertReader(setup));
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('introspects only what the role may read', async () => {
      const answer = await reader(`{
        __schema { queryType { fields { name } } mutationType { name } }
        __type(name: "articles") { fields { name } }
      }`);
      const roots = answer.body.data.__schema.queryType.fields.map((field: { name: string }) => field.name);
      expect(roots.sort()).toEqual([
        'articles',
        'articles_aggregated',
        'articles_by_id',
        'tags',
        'tags_aggregated',
        'tags_by_id',
      ]);
      expect(answer.body.data.__type.fields.map((field: { name: string }) => field.name)).toEqual([
        'id',
        'title',
      ]);
      const admin = await createGraphQL(
        setup.server.app,
        'admin-static-token',
      )('{ __type(name: "articles") { name } __schema { queryType { fields { name } } } }');
      expect(admin.body.data.__schema.queryType.fields.length).toBeGreaterThan(roots.length);
    });

    it('reads the rows the row filter allows', async () => {
      expect(
        (await reader('{ articles(sort: ["id"]) { id title } tags(sort: ["id"]) { name } }')).body,
      ).toEqual({
        data: {
          articles: [
            { id: '1', title: 'Alpha' },
            { id: '3', title: 'Gamma' },
          ],
          tags: [{ name: 'news' }, { name: 'tech' }],
        },
      });
      const hidden = await reader('{ articles_by_id(id: 2) { id } }');
      expect(hidden.status).toBe(200);
      expect(hidden.body.data).toEqual({ articles_by_id: null });
      expect(hidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses fields and collections outside the role as unknown', async () => {
      const field = await reader('{ articles { slug } }');
      expect(field.status).toBe(400);
      expect(field.body.errors[0].extensions.errors[0].message).toBe(
        'Cannot query field "slug" on type "articles".',
      );
      const collection = await reader('{ comments { id } }');
      expect(collection.status).toBe(400);
      expect(collection.body.errors[0].extensions.errors[0].message).toBe(
        'Cannot query field "comments" on type "Query".',
      );
    });

    it('keeps each caller on their own schema when requests interleave', async () => {
      const admin = createGraphQL(setup.server.app, 'admin-static-token');
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          index % 2 === 0
            ? admin('{ comments(sort: ["id"], limit: 1) { body } }')
            : reader('{ articles(sort: ["id"], limit: 1) { title } }'),
        ),
      );
      answers.forEach((answer, index) => {
        expect(answer.body).toEqual(
          index % 2 === 0
            ? { data: { comments: [{ body: 'first' }] } }
            : { data: { articles: [{ title: 'Alpha' }] } },
        );
      });
    });
  });
}
