import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const ROLE = 'c0000000-0000-4000-8000-000000000001';
const POLICY = 'c1000000-0000-4000-8000-000000000001';
const READER = 'c2000000-0000-4000-8000-000000000001';
const READER_TOKEN = 'export-reader-token';

/** A reader that sees published articles only, and only their id and title. */
async function seedReader(setup: ItemsReadSetup): Promise<void> {
  const db = setup.server.database.kysely;
  await db.insertInto('directus_roles').values({ id: ROLE, name: 'Reader' }).execute();
  await db
    .insertInto('directus_policies')
    .values({ id: POLICY, name: 'Readers', admin_access: false, app_access: false })
    .execute();
  await db
    .insertInto('directus_users')
    .values({ id: READER, email: 'reader@example.com', role: ROLE, status: 'active', token: READER_TOKEN })
    .execute();
  await db
    .insertInto('directus_access')
    .values({ id: 'c3000000-0000-4000-8000-000000000001', role: ROLE, policy: POLICY })
    .execute();
  await db
    .insertInto('directus_permissions')
    .values([
      {
        policy: POLICY,
        collection: 'articles',
        action: 'read',
        permissions: JSON.stringify({ status: { _eq: 'published' } }),
        fields: 'id,title',
      },
      { policy: POLICY, collection: 'directus_files', action: 'create', fields: '*' },
    ])
    .execute();
}

const DISPOSITION = /^attachment; filename="articles \d{8}-\d{6}\.(\w+)"$/;

for (const engine of listTestEngines()) {
  warnSkipped(engine, '?export= tests', '@plinth/server');
  describe.skipIf(!engine.url)(`?export= on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    const download = async (url: string, token = setup.token) =>
      setup.server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const dataOf = async (url: string) =>
      (await setup.api('GET', url)).body.data as Array<Record<string, unknown>>;

    let storageRoot: string;

    beforeAll(async () => {
      storageRoot = await mkdtemp(join(tmpdir(), 'plinth-export-'));
      setup = await createItemsReadSetup(engine, { STORAGE_LOCAL_ROOT: storageRoot });
      await seedReader(setup);
    });
    afterAll(async () => {
      await setup?.close();
      await rm(storageRoot, { recursive: true, force: true });
    });

    it('json: the data array, as a .json attachment', async () => {
      const query = 'fields=id,title,author.name&sort=id';
      const response = await download(`/items/articles?${query}&export=json`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toMatch(DISPOSITION);
      expect(String(response.headers['content-disposition']).endsWith('.json"')).toBe(true);
      expect(JSON.parse(response.body)).toEqual(await dataOf(`/items/articles?${query}`));
    });

    it('csv: a header row, then one row per item, m2o fields as dot-path columns', async () => {
      const response = await download(
        '/items/articles?fields=id,title,author.name&sort=id&limit=2&export=csv',
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv');
      expect(String(response.headers['content-disposition'])).toMatch(/\.csv"$/);
      expect(response.body.split('\n').filter(Boolean)).toEqual([
        '"id","title","author.name"',
        '1,"Alpha","Ann"',
        '2,"Beta","Bob"',
      ]);
    });

    it('csv_utf8: the same CSV after a byte order mark, charset utf-8', async () => {
      const plain = await download('/items/articles?fields=id,title&sort=id&export=csv');
      const utf8 = await download('/items/articles?fields=id,title&sort=id&export=csv_utf8');
      expect(utf8.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(String(utf8.headers['content-disposition'])).toMatch(/\.csv"$/);
      expect(utf8.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(utf8.body).toBe(`\ufeff${plain.body}`);
    });

    it('yaml: parses back to the data', async () => {
      const query = 'fields=id,title,author.name,tags.tags_id.name&sort=id';
      const response = await download(`/items/articles?${query}&export=yaml`);
      expect(response.headers['content-type']).toBe('text/yaml');
      expect(String(response.headers['content-disposition'])).toMatch(/\.yaml"$/);
      expect(parseYaml(response.body)).toEqual(await dataOf(`/items/articles?${query}`));
    });

    it('xml: parses back to the data, one <data> element per item', async () => {
      const response = await download('/items/articles?fields=id,title&sort=id&export=xml');
      expect(response.headers['content-type']).toBe('text/xml');
      expect(String(response.headers['content-disposition'])).toMatch(/\.xml"$/);
      const parsed = new XMLParser().parse(response.body) as { data: { data: unknown[] } };
      expect(parsed.data.data).toEqual(await dataOf('/items/articles?fields=id,title&sort=id'));
    });

    it('works on one item by key, a SEARCH, and a system route', async () => {
      const one = await download('/items/articles/2?fields=id,title&export=json');
      expect(JSON.parse(one.body)).toEqual({ id: 2, title: 'Beta' });
      const search = await setup.server.app.inject({
        method: 'SEARCH',
        url: '/items/articles?export=csv',
        headers: { authorization: `Bearer ${setup.token}` },
        payload: { query: { fields: ['id'], sort: ['id'] } },
      });
      expect(search.headers['content-type']).toBe('text/csv');
      expect(search.body.split('\n').filter(Boolean)).toEqual(['"id"', '1', '2', '3']);
      const roles = await download('/roles?fields=name&sort=name&export=json');
      expect(roles.headers['content-disposition']).toMatch(
        /^attachment; filename="Export \d{8}-\d{6}\.json"$/,
      );
      expect(JSON.parse(roles.body)).toEqual(await dataOf('/roles?fields=name&sort=name'));
      expect(JSON.parse(roles.body)).toContainEqual({ name: 'Reader' });
    });

    it("a limited role's export holds only its rows and fields", async () => {
      const response = await download('/items/articles?sort=id&export=json', READER_TOKEN);
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(response.body)).toEqual([
        { id: 1, title: 'Alpha' },
        { id: 3, title: 'Gamma' },
      ]);
      const forbidden = await download('/items/articles?fields=slug&export=csv', READER_TOKEN);
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.headers['content-disposition']).toBeUndefined();
    });

    it('an unknown format is INVALID_QUERY (400)', async () => {
      for (const url of ['/items/articles?export=pdf', '/roles?export=xlsx']) {
        const response = await download(url);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].extensions.code).toBe('INVALID_QUERY');
      }
    });

    /** The caller's notifications whose subject mentions `collection`, polled until one arrives. */
    async function waitForNotification(collection: string, recipient?: string) {
      const forRecipient = recipient ? `&filter[recipient][_eq]=${recipient}` : '';
      for (let attempt = 0; attempt < 50; attempt++) {
        const { body } = await setup.api(
          'GET',
          `/notifications?filter[subject][_contains]=${collection}${forRecipient}&fields=subject,collection,item`,
        );
        if (body.data.length > 0)
          return body.data[0] as { subject: string; collection: string; item: string };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('no export notification arrived');
    }

    it('POST /utils/export writes the CSV as a file and notifies the caller', async () => {
      const folder = (await setup.api('POST', '/folders', { name: 'Exports' })).body.data.id;
      const { status } = await setup.api('POST', '/utils/export/articles', {
        format: 'csv',
        query: { fields: ['id', 'title', 'author.name'], sort: ['id'], limit: 2 },
        file: { folder, title: 'Articles export' },
      });
      expect(status).toBe(204);
      const notification = await waitForNotification('articles');
      expect(notification).toMatchObject({
        subject: 'Your export of articles is ready',
        collection: 'directus_files',
      });
      const { body } = await setup.api(
        'GET',
        `/files/${notification.item}?fields=folder,title,type,filename_download`,
      );
      expect(body.data).toMatchObject({ folder, title: 'Articles export', type: 'text/csv' });
      expect(body.data.filename_download).toMatch(/^articles \d{8}-\d{6}\.csv$/);
      const bytes = await download(`/assets/${notification.item}`);
      expect(bytes.body).toBe(
        (await download('/items/articles?fields=id,title,author.name&sort=id&limit=2&export=csv')).body,
      );
      expect(bytes.body.startsWith('"id","title","author.name"\n1,"Alpha","Ann"')).toBe(true);
    });

    it("POST /utils/export reads as the caller: a limited role's file holds only its rows and fields", async () => {
      const response = await setup.server.app.inject({
        method: 'POST',
        url: '/utils/export/articles',
        headers: { authorization: `Bearer ${READER_TOKEN}` },
        payload: { format: 'json', query: { sort: ['id'] } },
      });
      expect(response.statusCode).toBe(204);
      const notification = await waitForNotification('articles', READER);
      expect(notification.subject).toBe('Your export of articles is ready');
      const bytes = await download(`/assets/${notification.item}`);
      expect(JSON.parse(bytes.body)).toEqual([
        { id: 1, title: 'Alpha' },
        { id: 3, title: 'Gamma' },
      ]);
    });

    it('POST /utils/export: unknown collection 403, bad format or query 400', async () => {
      const missing = await setup.api('POST', '/utils/export/nope', { format: 'csv', query: {} });
      expect(missing.status).toBe(403);
      expect(missing.body.errors[0].extensions.code).toBe('FORBIDDEN');
      for (const payload of [{ format: 'pdf', query: {} }, { query: {} }, { format: 'csv', query: 'x' }]) {
        const bad = await setup.api('POST', '/utils/export/articles', payload);
        expect(bad.status).toBe(400);
        expect(bad.body.errors[0].extensions.code).toBe('INVALID_PAYLOAD');
      }
    });
  });
}
