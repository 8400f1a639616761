import { readOpenApiSpec } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { createTestServer } from './helpers.js';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const ROLE = '20000000-0000-4000-8000-000000000001';
const POLICY = '20000000-0000-4000-8000-000000000002';
const PUBLIC_POLICY = '20000000-0000-4000-8000-000000000005';
const EDITOR_TOKEN = 'oas-editor-token';

type Doc = Record<string, any>;

/** An editor who reads two fields of articles and all of tags, and may only create tags. */
async function insertEditorAndPublic(setup: ItemsReadSetup): Promise<void> {
  const db = setup.server.database.kysely;
  await db.insertInto('directus_roles').values({ id: ROLE, name: 'Editor' }).execute();
  await db
    .insertInto('directus_policies')
    .values([
      { id: POLICY, name: 'Editor', admin_access: false, app_access: false },
      { id: PUBLIC_POLICY, name: 'Public', admin_access: false, app_access: false },
    ])
    .execute();
  await db
    .insertInto('directus_access')
    .values([
      { id: '20000000-0000-4000-8000-000000000003', role: ROLE, policy: POLICY },
      { id: '20000000-0000-4000-8000-000000000006', role: null, policy: PUBLIC_POLICY },
    ])
    .execute();
  await db
    .insertInto('directus_permissions')
    .values([
      { policy: POLICY, collection: 'articles', action: 'read', fields: 'id,title', permissions: null },
      { policy: POLICY, collection: 'tags', action: 'read', fields: '*', permissions: null },
      { policy: POLICY, collection: 'tags', action: 'create', fields: '*', permissions: null },
      { policy: PUBLIC_POLICY, collection: 'authors', action: 'read', fields: 'name', permissions: null },
    ])
    .execute();
  await db
    .insertInto('directus_users')
    .values({
      id: '20000000-0000-4000-8000-000000000004',
      email: 'oas-editor@example.com',
      role: ROLE,
      status: 'active',
      token: EDITOR_TOKEN,
    })
    .execute();
}

/** Every `$ref` in the document, wherever it sits. */
function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const entry of value) collectRefs(entry, found);
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$ref' && typeof entry === 'string') found.push(entry);
      else collectRefs(entry, found);
    }
  }
  return found;
}

/** The references that do not point at something under `#/components`. */
function unresolvedRefs(doc: Doc): string[] {
  return collectRefs(doc).filter((ref) => {
    const [hash, root, ...rest] = ref.split('/');
    if (hash !== '#' || root !== 'components') return true;
    let target: unknown = doc['components'];
    for (const part of rest) target = (target as Record<string, unknown> | undefined)?.[part];
    return target === undefined;
  });
}

function expectStructurallyValid(doc: Doc): void {
  expect(doc['openapi']).toMatch(/^3\.0\.\d+$/);
  expect(typeof doc['info'].title).toBe('string');
  expect(doc['info'].version).toBe('1.2.3');
  expect(doc['servers']).toHaveLength(1);
  expect(collectRefs(doc).length).toBeGreaterThan(0);
  expect(unresolvedRefs(doc)).toEqual([]);
  const ids = Object.values(doc['paths']).flatMap((item: any) =>
    Object.values(item).map((operation: any) => operation.operationId),
  );
  expect(new Set(ids).size).toBe(ids.length);
}

const methodsOf = (doc: Doc, path: string) => Object.keys(doc['paths'][path] ?? {}).sort();

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/server/specs/oas tests', '@plinth/server');
  describe.skipIf(!engine.url)(`GET /server/specs/oas on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    const get = async (token?: string) => {
      const response = await setup.server.app.inject({
        method: 'GET',
        url: '/server/specs/oas',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      return response.json() as Doc;
    };

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
      await insertEditorAndPublic(setup);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('gives an admin every user collection, unwrapped, with field types from the model', async () => {
      const doc = await get(setup.token);
      expect(doc['data']).toBeUndefined();
      expectStructurallyValid(doc);
      const collections = ['articles', 'articles_tags', 'authors', 'comments', 'headings', 'pages'];
      for (const collection of [...collections, 'pages_blocks', 'tags', 'texts']) {
        expect(methodsOf(doc, `/items/${collection}`)).toEqual(['delete', 'get', 'patch', 'post']);
        expect(methodsOf(doc, `/items/${collection}/{id}`)).toEqual(['delete', 'get', 'patch']);
      }
      expect(methodsOf(doc, '/items/settings_page')).toEqual(['get', 'patch']);
      expect(doc['paths']['/items/settings_page/{id}']).toBeUndefined();
      expect(Object.keys(doc['paths']).some((path) => path.includes('directus_'))).toBe(false);
      expect(doc['paths']['/items/articles_tags'].get.operationId).toBe('readItemsArticlesTags');
      expect(doc['paths']['/items/articles'].get.tags).toEqual(['ItemsArticles']);

      const schemas = doc['components'].schemas;
      const authors = schemas.ItemsAuthors.properties;
      expect(authors.id).toEqual({ type: 'string', format: 'uuid' });
      expect(authors.name).toEqual({ type: 'string' });
      const articles = schemas.ItemsArticles.properties;
      expect(articles.title).toEqual({ type: 'string', nullable: true });
      expect(articles.id.type).toBe('integer');
      expect(articles.author).toEqual({
        oneOf: [{ type: 'string', format: 'uuid' }, { $ref: '#/components/schemas/ItemsAuthors' }],
        nullable: true,
      });
      expect(articles.comments.type).toBe('array');
      expect(articles.comments.items.oneOf[1]).toEqual({ $ref: '#/components/schemas/ItemsComments' });
      expect(schemas.ItemsComments.properties.body).toEqual({ type: 'string', nullable: true });
    });

    it('limits a role to what it may read and the writes it may make', async () => {
      const doc = await get(EDITOR_TOKEN);
      expectStructurallyValid(doc);
      expect(Object.keys(doc['paths']).sort()).toEqual([
        '/items/articles',
        '/items/articles/{id}',
        '/items/tags',
        '/items/tags/{id}',
      ]);
      expect(methodsOf(doc, '/items/articles')).toEqual(['get']);
      expect(methodsOf(doc, '/items/articles/{id}')).toEqual(['get']);
      expect(methodsOf(doc, '/items/tags')).toEqual(['get', 'post']);
      expect(methodsOf(doc, '/items/tags/{id}')).toEqual(['get']);
      const schemas = doc['components'].schemas;
      expect(Object.keys(schemas).sort()).toEqual(['ItemsArticles', 'ItemsTags']);
      expect(Object.keys(schemas.ItemsArticles.properties).sort()).toEqual(['id', 'title']);
    });

    it('gives anonymous callers what the public policy reads', async () => {
      const doc = await get();
      expectStructurallyValid(doc);
      expect(Object.keys(doc['paths']).sort()).toEqual(['/items/authors', '/items/authors/{id}']);
      expect(methodsOf(doc, '/items/authors')).toEqual(['get']);
      expect(Object.keys(doc['components'].schemas.ItemsAuthors.properties)).toEqual(['name']);
    });

    it('is what the SDK reads with readOpenApiSpec()', async () => {
      const spec = (await setup.sdk.request(readOpenApiSpec())) as Doc;
      expect(spec['openapi']).toBe('3.0.1');
      expect(spec).toEqual(await get(setup.token));
    });

    it('is what server_specs_oas answers in /graphql/system, for the same caller', async () => {
      const editor = createGraphQL(setup.server.app, EDITOR_TOKEN, '/graphql/system');
      const answer = await editor('{ server_specs_oas }');
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.server_specs_oas).toEqual(await get(EDITOR_TOKEN));
      expect(Object.keys(answer.body.data.server_specs_oas.components.schemas).sort()).toEqual([
        'ItemsArticles',
        'ItemsTags',
      ]);
    });
  });
}

describe('OPENAPI_ENABLED=false', () => {
  it('leaves /server/specs/oas out and makes server_specs_oas unavailable', async () => {
    const server = await createTestServer({ OPENAPI_ENABLED: 'false' });
    try {
      const response = await server.app.inject({ method: 'GET', url: '/server/specs/oas' });
      expect(response.statusCode).toBe(404);
      expect(response.json().errors[0].extensions.code).toBe('ROUTE_NOT_FOUND');
      const answer = await createGraphQL(server.app, null, '/graphql/system')('{ server_specs_oas }');
      expect(answer.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      const enabled = await createTestServer();
      const open = await enabled.app.inject({ method: 'GET', url: '/server/specs/oas' });
      await enabled.close();
      expect(open.statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });
});
