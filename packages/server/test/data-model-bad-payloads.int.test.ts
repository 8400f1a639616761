import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, buildReferenceModel, createApi, createSdk, snapshotModel } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

interface BadRequest {
  name: string;
  method: string;
  url: string;
  payload?: unknown;
  status: number;
  code: string;
  reason?: string;
}

const create = (collection: string) => ({ collection, schema: {} });

const badRequests: BadRequest[] = [
  {
    name: 'an unknown type in a new collection',
    method: 'POST',
    url: '/collections',
    payload: { ...create('things'), fields: [{ field: 'price', type: 'money' }] },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'unknown type "money"',
  },
  {
    name: 'an unknown field type',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'price', type: 'money' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'unknown type',
  },
  {
    name: 'a duplicate field',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'title', type: 'string' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'Field "title" already exists in collection "articles"',
  },
  {
    name: 'a duplicate field in another case',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'Title', type: 'text' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'already exists',
  },
  {
    name: 'a duplicate alias field',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'comments', type: 'alias' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'already exists',
  },
  {
    name: 'a duplicate collection',
    method: 'POST',
    url: '/collections',
    payload: create('articles'),
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'Collection "articles" already exists',
  },
  {
    name: 'a reserved field name',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'rowid', type: 'integer' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'reserved',
  },
  {
    name: 'a collection name with a quote',
    method: 'POST',
    url: '/collections',
    payload: create('bad"name'),
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'only contain letters',
  },
  {
    name: 'a collection name with a semicolon',
    method: 'POST',
    url: '/collections',
    payload: create('x;drop table articles'),
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'only contain letters',
  },
  {
    name: 'a 70-character collection name',
    method: 'POST',
    url: '/collections',
    payload: create('c'.repeat(70)),
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'longer than 64',
  },
  {
    name: 'a field name with a quote',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: "it's", type: 'string' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'only contain letters',
  },
  {
    name: 'a field name with a semicolon',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'a;b', type: 'string' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'only contain letters',
  },
  {
    name: 'a 70-character field name',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'f'.repeat(70), type: 'string' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'longer than 64',
  },
  {
    name: 'the directus_ prefix',
    method: 'POST',
    url: '/collections',
    payload: create('directus_things'),
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'may not start with "directus_"',
  },
  {
    name: 'a default the type cannot hold',
    method: 'POST',
    url: '/fields/articles',
    payload: { field: 'seen', type: 'integer', schema: { default_value: 'now()' } },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'not a valid default',
  },
  {
    name: 'a relation to a missing collection',
    method: 'POST',
    url: '/relations',
    payload: { collection: 'articles', field: 'title', related_collection: 'nope' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'Related collection "nope" doesn\'t exist',
  },
  {
    name: 'a relation from a missing collection',
    method: 'POST',
    url: '/relations',
    payload: { collection: 'nope', field: 'x', related_collection: 'articles' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'Collection "nope"',
  },
  {
    name: 'a relation from a missing field',
    method: 'POST',
    url: '/relations',
    payload: { collection: 'articles', field: 'nope', related_collection: 'authors' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'Field "nope"',
  },
  {
    name: 'a second relation on a field',
    method: 'POST',
    url: '/relations',
    payload: { collection: 'articles', field: 'author', related_collection: 'authors' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'already has a relation',
  },
  {
    name: 'an unknown foreign key rule',
    method: 'PATCH',
    url: '/relations/articles/author',
    payload: { schema: { on_delete: 'EXPLODE' } },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'on_delete must be one of',
  },
  {
    name: 'a required key its relation sets to null',
    method: 'PATCH',
    url: '/fields/articles',
    payload: [{ field: 'author', schema: { is_nullable: false } }],
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'SET NULL',
  },
  {
    name: 'dropping a primary key',
    method: 'DELETE',
    url: '/fields/articles/id',
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'primary key',
  },
  {
    name: 'changing a primary key',
    method: 'PATCH',
    url: '/fields/articles/id',
    payload: { schema: { has_auto_increment: false } },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: "primary key can't be changed",
  },
  {
    name: 'a column turned alias',
    method: 'PATCH',
    url: '/fields/articles/slug',
    payload: { type: 'alias' },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'alias',
  },
  {
    name: 'a non-array PATCH /fields',
    method: 'PATCH',
    url: '/fields/articles',
    payload: { field: 'title', meta: { note: 'x' } },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'has to be an array',
  },
  {
    name: 'a system field change beyond its index',
    method: 'PATCH',
    url: '/fields/directus_users/email',
    payload: { meta: { note: 'x' } },
    status: 400,
    code: 'INVALID_PAYLOAD',
    reason: 'schema.is_indexed',
  },
  {
    name: 'deleting a system field',
    method: 'DELETE',
    url: '/fields/directus_users/email',
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'deleting a system collection',
    method: 'DELETE',
    url: '/collections/directus_users',
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'updating a system collection',
    method: 'PATCH',
    url: '/collections/directus_users',
    payload: { meta: { note: 'x' } },
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'a field in a missing collection',
    method: 'POST',
    url: '/fields/nope',
    payload: { field: 'x', type: 'string' },
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'deleting a missing relation',
    method: 'DELETE',
    url: '/relations/articles/title',
    status: 403,
    code: 'FORBIDDEN',
  },
];

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'data model bad-payload tests', '@plinth/server');
  describe.skipIf(!engine.url)(`refused data model writes on ${engine.client}`, () => {
    let testDb: TestDatabase;
    let server: TestServer;
    let api: Api;

    beforeAll(async () => {
      testDb = await createTestDatabase(engine, { prefix: 'plinth_srv' });
      server = await createTestServer({}, {}, { database: testDb.database });
      const token = await insertAdminWithToken(server.database);
      api = createApi(server.app, token);
      await buildReferenceModel(api, createSdk(server.app, token));
    });
    afterAll(async () => {
      await server?.close();
      await testDb?.drop();
    });

    /** Sends the request and proves the structure and the meta rows are exactly as before. */
    async function expectRefusedUnchanged(
      request: BadRequest,
      send: () => Promise<{ status: number; body: any }>,
    ) {
      const before = await snapshotModel(server.database);
      const response = await send();
      expect(response.status).toBe(request.status);
      expect(response.body.errors[0].extensions.code).toBe(request.code);
      if (request.reason) expect(response.body.errors[0].extensions.reason).toContain(request.reason);
      expect(await snapshotModel(server.database)).toBe(before);
    }

    it.each(badRequests)('refuses $name and changes nothing', async (request) => {
      await expectRefusedUnchanged(request, () => api(request.method, request.url, request.payload));
    });

    it('refuses a batch whose last change fails in the database, keeping the earlier ones out', async () => {
      await server.database.kysely.insertInto('articles').values({ title: null, slug: 'untitled' }).execute();
      const request = {
        name: 'batch',
        method: 'PATCH',
        url: '/fields/articles',
        status: 400,
        code: 'CONTAINS_NULL_VALUES',
      };
      await expectRefusedUnchanged(request, () =>
        api('PATCH', '/fields/articles', [
          { field: 'slug', type: 'string', schema: { max_length: 100 }, meta: { note: 'changed' } },
          { field: 'title', schema: { is_nullable: false } },
        ]),
      );
    });

    it('refuses data model writes to a caller who is not an admin', async () => {
      const request = {
        name: 'anonymous',
        method: 'POST',
        url: '/collections',
        status: 403,
        code: 'FORBIDDEN',
      };
      await expectRefusedUnchanged(request, async () => {
        const response = await server.app.inject({
          method: 'POST',
          url: '/collections',
          payload: create('things'),
        });
        return { status: response.statusCode, body: response.json() };
      });
    });
  });
}
