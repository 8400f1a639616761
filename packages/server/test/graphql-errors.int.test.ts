import { listTestEngines } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

// Refusals happen before any statement runs, the same on every engine.
const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

const validationErrors = (body: {
  errors: Array<{ extensions: { errors: Array<{ message: string }> } }>;
}): string[] => {
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject({
    message: 'GraphQL validation error.',
    extensions: { code: 'GRAPHQL_VALIDATION' },
  });
  return body.errors[0]!.extensions.errors.map((error) => error.message);
};

describe('/graphql refusals', () => {
  let setup: ItemsReadSetup;
  let gql: ReturnType<typeof createGraphQL>;

  beforeAll(async () => {
    setup = await createItemsReadSetup(sqlite, {
      MAX_RELATIONAL_DEPTH: '3',
      GRAPHQL_QUERY_TOKEN_LIMIT: '1000',
    });
    gql = createGraphQL(setup.server.app, 'admin-static-token');
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('answers a syntax error with 400 GRAPHQL_VALIDATION', async () => {
    const answer = await gql('{ articles { id }');
    expect(answer.status).toBe(400);
    expect(validationErrors(answer.body)[0]).toMatch(/^Syntax Error/);
  });

  it('answers unknown fields, collections and arguments with 400', async () => {
    const field = await gql('{ articles { id nope } }');
    expect(field.status).toBe(400);
    expect(validationErrors(field.body)).toEqual(['Cannot query field "nope" on type "articles".']);
    const collection = await gql('{ directus_users { id } }');
    expect(collection.status).toBe(400);
    expect(validationErrors(collection.body)[0]).toMatch(
      /Cannot query field "directus_users" on type "Query"/,
    );
    const variable = await gql('query ($n: Int) { articles(limit: $n) { id } }', { n: 'many' });
    expect(variable.status).toBe(400);
    expect(validationErrors(variable.body)[0]).toMatch(/\$n/);
  });

  it('refuses queries nested deeper than the relational depth allows', async () => {
    // MAX_RELATIONAL_DEPTH 3: the root field and three relational levels.
    const ok = await gql('{ articles(limit: 1, sort: ["id"]) { comments { article { slug } } } }');
    expect(ok.body).toEqual({
      data: { articles: [{ comments: [{ article: { slug: 'alpha' } }, { article: { slug: 'alpha' } }] }] },
    });
    const deep = await gql('{ articles { comments { article { comments { id } } } } }');
    expect(deep.status).toBe(400);
    expect(validationErrors(deep.body)).toEqual([
      'The operation is nested 5 fields deep; at most 4 are allowed.',
    ]);
    const viaFragment = await gql(
      'query Deep { articles { ...a } } fragment a on articles { comments { article { author { name } } } }',
    );
    expect(validationErrors(viaFragment.body)).toEqual([
      '"Deep" is nested 5 fields deep; at most 4 are allowed.',
    ]);
  });

  it('refuses too many root fields and documents over the token limit', async () => {
    const aliases = Array.from({ length: 51 }, (_, index) => `a${index}: tags_by_id(id: 1) { id }`).join(' ');
    const wide = await gql(`{ ${aliases} }`);
    expect(wide.status).toBe(400);
    expect(validationErrors(wide.body)[0]).toMatch(/51 root fields; at most 50/);
    const long = await gql(`{ articles { ${'id '.repeat(1200)} } }`);
    expect(long.status).toBe(400);
    expect(validationErrors(long.body)[0]).toMatch(/more th(?:an|at) 1000 tokens/);
  });

  it('answers bad query values and missing items in-band with the REST codes', async () => {
    const empty = await gql('{ articles(filter: { title: { _eq: "" } }) { id } }');
    expect(empty.status).toBe(200);
    expect(empty.body.data).toBeNull();
    expect(empty.body.errors[0].extensions.code).toBe('INVALID_QUERY');
    const missing = await gql('{ articles_by_id(id: 404) { id } }');
    expect(missing).toEqual({
      status: 200,
      body: {
        data: { articles_by_id: null },
        errors: [
          {
            message: "You don't have permission to access this.",
            locations: [{ line: 1, column: 3 }],
            path: ['articles_by_id'],
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      },
    });
  });

  it('gives anonymous callers without a public policy a schema with nothing to query', async () => {
    const anonymous = createGraphQL(setup.server.app, null);
    const refused = await anonymous('{ articles { id } }');
    expect(refused.status).toBe(400);
    expect(validationErrors(refused.body)).toEqual(['Cannot query field "articles" on type "Query".']);
    expect((await anonymous('{ _empty }')).body).toEqual({ data: { _empty: null } });
  });

  it('answers transport mistakes with the REST envelope', async () => {
    const app = setup.server.app;
    const headers = { authorization: 'Bearer admin-static-token' };
    const missing = await app.inject({ method: 'POST', url: '/graphql', headers, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].extensions.code).toBe('INVALID_PAYLOAD');
    const badVariables = await app.inject({
      method: 'GET',
      url: '/graphql?query={tags{id}}&variables={',
      headers,
    });
    expect(badVariables.statusCode).toBe(400);
    expect(badVariables.json().errors[0].extensions.code).toBe('INVALID_QUERY');
    const put = await app.inject({
      method: 'PUT',
      url: '/graphql',
      headers,
      payload: { query: '{ tags { id } }' },
    });
    expect(put.statusCode).toBe(405);
    expect(put.headers['allow']).toBe('GET, POST');
    const system = await app.inject({
      method: 'POST',
      url: '/graphql/system',
      headers,
      payload: { query: '{ server_ping }' },
    });
    expect(system.json()).toEqual({ data: { server_ping: 'pong' } });
    const systemPut = await app.inject({ method: 'PUT', url: '/graphql/system', headers, payload: {} });
    expect(systemPut.statusCode).toBe(405);
    const byGet = await app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('query ($id: ID!) { tags_by_id(id: $id) { name } }')}&variables=${encodeURIComponent('{"id":"2"}')}`,
      headers,
    });
    expect(byGet.json()).toEqual({ data: { tags_by_id: { name: 'tech' } } });
  });

  it('stays healthy after every refusal', async () => {
    expect((await gql('{ tags(sort: ["id"]) { name } }')).body).toEqual({
      data: { tags: [{ name: 'news' }, { name: 'tech' }] },
    });
  });
});

describe('/graphql with introspection off', () => {
  let setup: ItemsReadSetup;

  beforeAll(async () => {
    setup = await createItemsReadSetup(sqlite, { GRAPHQL_INTROSPECTION: 'false' });
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('refuses introspection but answers queries', async () => {
    const gql = createGraphQL(setup.server.app, 'admin-static-token');
    const schema = await gql('{ __schema { queryType { name } } }');
    expect(schema.status).toBe(400);
    expect(validationErrors(schema.body)[0]).toMatch(/introspection/i);
    expect((await gql('{ tags_by_id(id: 1) { name } }')).body).toEqual({
      data: { tags_by_id: { name: 'news' } },
    });
  });
});
