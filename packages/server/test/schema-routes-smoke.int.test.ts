import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('data model routes', () => {
  it('creates a collection with fields and reads it back through /collections and /fields', async () => {
    server = await createTestServer();
    const token = await insertAdminWithToken(server.database);
    const headers = { authorization: `Bearer ${token}` };
    server.app.log.level = 'error';
    const created = await server.app.inject({
      method: 'POST',
      url: '/collections',
      headers,
      payload: {
        collection: 'articles',
        meta: { icon: 'article', note: 'News' },
        schema: {},
        fields: [
          {
            field: 'title',
            type: 'string',
            schema: { max_length: 120, is_nullable: false },
            meta: { interface: 'input' },
          },
          { field: 'published', type: 'boolean', schema: { default_value: false } },
        ],
      },
    });
    expect(created.statusCode).toBe(200);
    expect(created.json().data).toMatchObject({
      collection: 'articles',
      meta: { icon: 'article', note: 'News' },
      schema: { name: 'articles' },
    });

    const fields = (await server.app.inject({ method: 'GET', url: '/fields/articles', headers })).json().data;
    const byName = Object.fromEntries(fields.map((field: { field: string }) => [field.field, field]));
    expect(Object.keys(byName)).toEqual(['id', 'title', 'published']);
    expect(byName.id).toMatchObject({
      type: 'integer',
      schema: { is_primary_key: true, has_auto_increment: true },
    });
    expect(byName.title).toMatchObject({
      type: 'string',
      schema: { max_length: 120, is_nullable: false },
      meta: { interface: 'input', sort: 2 },
    });
    expect(byName.published).toMatchObject({
      type: 'boolean',
      schema: { default_value: false },
      meta: { special: ['cast-boolean'] },
    });

    const again = await server.app.inject({
      method: 'POST',
      url: '/collections',
      headers,
      payload: { collection: 'articles', schema: {} },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].message).toBe('Invalid payload. Collection "articles" already exists.');

    const anonymous = await server.app.inject({ method: 'GET', url: '/collections' });
    expect(anonymous.statusCode).toBe(403);
  });
});
