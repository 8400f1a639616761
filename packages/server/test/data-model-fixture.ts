import {
  createCollection,
  createDirectus,
  createField,
  createRelation,
  rest,
  staticToken,
} from '@directus/sdk';
import type { PlinthDatabase } from '@plinth/database';
import { introspectDatabase } from '@plinth/schema';
import type { FastifyInstance } from 'fastify';

/** A response as the tests look at it. */
export interface ApiResponse {
  status: number;
  body: any;
}

/** Requests through `inject` as the admin. */
export type Api = (method: string, url: string, payload?: unknown) => Promise<ApiResponse>;

/** Sends requests to the app in-process, authenticated with the admin's static token. */
export function createApi(app: FastifyInstance, token: string): Api {
  return async (method, url, payload) => {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.body === '' ? null : response.json() };
  };
}

/** A `fetch` that hands the SDK's requests to `inject`, so the real client runs against the app. */
function injectFetch(app: FastifyInstance) {
  return async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const response = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers,
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    const outHeaders = new Headers();
    for (const [key, value] of Object.entries(response.headers)) {
      if (value !== undefined) outHeaders.set(key, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const body = response.statusCode === 204 ? null : response.rawPayload;
    return new Response(body, { status: response.statusCode, headers: outHeaders });
  };
}

/** `@directus/sdk` with a static token and REST, talking to the app through `inject`. */
export function createSdk(app: FastifyInstance, token: string) {
  return createDirectus<any>('http://plinth.test', { globals: { fetch: injectFetch(app) } })
    .with(staticToken(token))
    .with(rest());
}

/**
 * The structure and the `directus_*` rows that describe it, to prove a refused request changed
 * nothing. Table and column order can differ between reads on some engines, so keys are sorted.
 */
export async function snapshotModel(database: PlinthDatabase): Promise<string> {
  const db = database.kysely;
  const [structure, collections, fields, relations] = await Promise.all([
    introspectDatabase(database),
    db.selectFrom('directus_collections').selectAll().orderBy('collection').execute(),
    db.selectFrom('directus_fields').selectAll().orderBy('id').execute(),
    db.selectFrom('directus_relations').selectAll().orderBy('id').execute(),
  ]);
  const sortKeys = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value;
  return JSON.stringify({ structure, collections, fields, relations }, sortKeys);
}

async function expectOk(api: Api, method: string, url: string, payload: unknown): Promise<any> {
  const response = await api(method, url, payload);
  if (response.status !== 200) {
    throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body.data;
}

const id = {
  field: 'id',
  type: 'integer',
  schema: { is_primary_key: true, has_auto_increment: true },
  meta: { hidden: true, readonly: true, interface: 'numeric' },
};

function table(collection: string, fields: unknown[], meta: Record<string, unknown> = {}) {
  return { collection, schema: {}, meta, fields: [id, ...fields] };
}

/** A plain integer key column that will hold a foreign key. */
const key = (field: string) => ({ field, type: 'integer', meta: { hidden: true } });

/**
 * The reference model, built only through the API: authors (uuid key), articles with an m2o
 * `author`, a unique `slug` and `status` defaulting to draft; comments as an o2m of articles; tags
 * through the `articles_tags` junction; pages with m2a `blocks` through `pages_blocks` to
 * headings and texts; and the singleton `settings_page`. Part of it goes through `@directus/sdk`.
 */
export async function buildReferenceModel(api: Api, sdk: ReturnType<typeof createSdk>): Promise<void> {
  await sdk.request(
    createCollection({
      collection: 'authors',
      schema: {},
      meta: { icon: 'person' },
      fields: [
        {
          field: 'id',
          type: 'uuid',
          schema: { is_primary_key: true },
          meta: { special: ['uuid'], hidden: true },
        },
        { field: 'name', type: 'string', schema: { is_nullable: false } },
      ],
    } as any),
  );
  await expectOk(
    api,
    'POST',
    '/collections',
    table('articles', [
      { field: 'title', type: 'string', schema: { max_length: 200 } },
      { field: 'slug', type: 'string', schema: { is_unique: true } },
      { field: 'status', type: 'string', schema: { default_value: 'draft', is_nullable: false } },
    ]),
  );
  await sdk.request(
    createField('articles', {
      field: 'author',
      type: 'uuid',
      meta: { special: ['m2o'], interface: 'select-dropdown-m2o' },
    } as any),
  );
  await sdk.request(
    createRelation({
      collection: 'articles',
      field: 'author',
      related_collection: 'authors',
      schema: { on_delete: 'SET NULL' },
    } as any),
  );
  await expectOk(api, 'POST', '/collections', [
    table('comments', [{ field: 'body', type: 'text' }, key('article')]),
    table('tags', [{ field: 'name', type: 'string' }]),
    table('articles_tags', [key('articles_id'), key('tags_id')], { hidden: true }),
  ]);
  await expectOk(api, 'POST', '/fields/articles', {
    field: 'comments',
    type: 'alias',
    meta: { special: ['o2m'], interface: 'list-o2m' },
  });
  await expectOk(api, 'POST', '/fields/articles', {
    field: 'tags',
    type: 'alias',
    meta: { special: ['m2m'], interface: 'list-m2m' },
  });
  await expectOk(api, 'POST', '/relations', {
    collection: 'comments',
    field: 'article',
    related_collection: 'articles',
    schema: { on_delete: 'CASCADE' },
    meta: { one_field: 'comments' },
  });
  await expectOk(api, 'POST', '/relations', {
    collection: 'articles_tags',
    field: 'articles_id',
    related_collection: 'articles',
    schema: { on_delete: 'CASCADE' },
    meta: { one_field: 'tags', junction_field: 'tags_id' },
  });
  await expectOk(api, 'POST', '/relations', {
    collection: 'articles_tags',
    field: 'tags_id',
    related_collection: 'tags',
    schema: { on_delete: 'CASCADE' },
    meta: { junction_field: 'articles_id' },
  });
  await buildPages(api);
  await expectOk(
    api,
    'POST',
    '/collections',
    table('settings_page', [{ field: 'headline', type: 'string' }], { singleton: true }),
  );
}

async function buildPages(api: Api): Promise<void> {
  await expectOk(api, 'POST', '/collections', [
    table('headings', [{ field: 'title', type: 'string' }]),
    table('texts', [{ field: 'body', type: 'text' }]),
    table('pages', [{ field: 'title', type: 'string' }]),
    table(
      'pages_blocks',
      [key('pages_id'), { field: 'item', type: 'string' }, { field: 'collection', type: 'string' }],
      { hidden: true },
    ),
  ]);
  await expectOk(api, 'POST', '/fields/pages', {
    field: 'blocks',
    type: 'alias',
    meta: { special: ['m2a'], interface: 'list-m2a' },
  });
  await expectOk(api, 'POST', '/relations', {
    collection: 'pages_blocks',
    field: 'item',
    related_collection: null,
    schema: null,
    meta: {
      one_allowed_collections: ['headings', 'texts'],
      one_collection_field: 'collection',
      junction_field: 'pages_id',
    },
  });
  await expectOk(api, 'POST', '/relations', {
    collection: 'pages_blocks',
    field: 'pages_id',
    related_collection: 'pages',
    schema: { on_delete: 'CASCADE' },
    meta: { one_field: 'blocks', junction_field: 'item' },
  });
}
