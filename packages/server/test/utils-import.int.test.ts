import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE, type AuthServer, codeOf, createAuthServer } from './auth-fixture.js';
import { multipartBody } from './files-fixture.js';
import { ADMIN_TOKEN, createSystemApi, EDITOR_TOKEN, type SystemApi } from './system-api-fixture.js';

/** A collection whose `rank` must be at least 1, to break validation on purpose. */
const RANKED = {
  collection: 'ranked',
  schema: {},
  fields: [
    { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
    { field: 'title', type: 'string' },
    { field: 'rank', type: 'integer', meta: { validation: { rank: { _gte: 1 } } } },
    { field: 'tags', type: 'json' },
  ],
};

type ImportFile = { type: string; content: string };

async function importFile(api: AuthServer, url: string, file: ImportFile, token: string) {
  const { payload, headers } = multipartBody([
    { name: 'file', filename: 'import', type: file.type, content: file.content },
  ]);
  const response = await api.server.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { ...headers, authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, code: codeOf(response), body: response.body };
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/utils/import tests', '@plinth/server');

  describe.skipIf(!engine.url)(`POST /utils/import on ${engine.client}`, () => {
    let setup: SystemApi;

    const upload = (url: string, file: ImportFile, token = ADMIN_TOKEN) =>
      importFile(setup.api, url, file, token);
    const rows = async () =>
      (await setup.db.selectFrom('ranked').select(['id', 'title', 'rank']).orderBy('id').execute()).map(
        (row) => `${row.id}:${row.title}:${row.rank}`,
      );
    const activityCount = async () =>
      Number(
        (
          await setup.db
            .selectFrom('directus_activity')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('collection', '=', 'ranked')
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      const created = await setup.call('POST', '/collections', ADMIN_TOKEN, RANKED);
      expect(created.status).toBe(200);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('imports a JSON array, creating rows with activity and updating rows whose key exists', async () => {
      const before = await activityCount();
      const json = JSON.stringify([
        { title: 'one', rank: 1, tags: ['a'] },
        { title: 'two', rank: 2 },
      ]);
      const answer = await upload('/utils/import/ranked', { type: 'application/json', content: json });
      expect([answer.status, answer.body]).toEqual([200, '']);
      expect(await rows()).toEqual(['1:one:1', '2:two:2']);
      expect(await activityCount()).toBe(before + 2);
      const update = JSON.stringify([{ id: 1, title: 'uno' }]);
      expect(
        (await upload('/utils/import/ranked', { type: 'application/json', content: update })).status,
      ).toBe(200);
      expect(await rows()).toEqual(['1:uno:1', '2:two:2']);
    });

    it('imports a CSV file, reading JSON cells and leaving empty cells to the defaults', async () => {
      const before = await activityCount();
      const csv = 'title,rank,tags\ncsv-a,4,"[""x"",""y""]"\ncsv-b,,\n';
      const answer = await upload('/utils/import/ranked', { type: 'text/csv', content: csv });
      expect([answer.status, answer.body]).toEqual([200, '']);
      const imported = await setup.db
        .selectFrom('ranked')
        .select(['title', 'rank', 'tags'])
        .where('title', 'like', 'csv-%')
        .orderBy('title')
        .execute();
      expect(imported.map((row) => [row.title, row.rank === null ? null : Number(row.rank)])).toEqual([
        ['csv-a', 4],
        ['csv-b', null],
      ]);
      const tags = imported[0]?.tags;
      expect(typeof tags === 'string' ? JSON.parse(tags) : tags).toEqual(['x', 'y']);
      expect(await activityCount()).toBe(before + 2);
    });

    it('rolls a CSV import back when a row breaks validation', async () => {
      const before = await rows();
      const csv = 'title,rank\nfine,5\nbroken,0\n';
      const answer = await upload('/utils/import/ranked', { type: 'text/csv', content: csv });
      expect([answer.status, answer.code]).toEqual([400, 'FAILED_VALIDATION']);
      expect(await rows()).toEqual(before);
    });

    it('rolls the whole import back when a row breaks validation, answering every failure', async () => {
      const before = await rows();
      const json = JSON.stringify([
        { title: 'ok', rank: 3 },
        { title: 'bad', rank: 0 },
        { title: 'worse', rank: -1 },
      ]);
      const answer = await upload('/utils/import/ranked', { type: 'application/json', content: json });
      expect([answer.status, answer.code]).toEqual([400, 'FAILED_VALIDATION']);
      expect(JSON.parse(answer.body).errors).toHaveLength(2);
      expect(await rows()).toEqual(before);
    });

    it('refuses a caller who may not create in the collection, writing nothing', async () => {
      const before = await rows();
      const json = JSON.stringify([{ title: 'sneaky', rank: 5 }]);
      const answer = await upload(
        '/utils/import/ranked',
        { type: 'application/json', content: json },
        EDITOR_TOKEN,
      );
      expect([answer.status, answer.code]).toEqual([403, 'FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a caller who may create but not update, as Directus does, before reading the file', async () => {
      await setup.grant('ranked', 'create');
      const before = await rows();
      const json = JSON.stringify([{ title: 'new only', rank: 5 }]);
      const answer = await upload(
        '/utils/import/ranked',
        { type: 'application/json', content: json },
        EDITOR_TOKEN,
      );
      expect([answer.status, answer.code]).toEqual([403, 'FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('answers 403 for an unknown collection and 415 for another file or body type', async () => {
      const json = '[{"title":"x"}]';
      const missing = await upload('/utils/import/nowhere', { type: 'application/json', content: json });
      expect([missing.status, missing.code]).toEqual([403, 'FORBIDDEN']);
      const xml = await upload('/utils/import/ranked', { type: 'application/xml', content: '<a/>' });
      expect([xml.status, xml.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      const plain = await setup.call('POST', '/utils/import/ranked', ADMIN_TOKEN, [{ title: 'x' }]);
      expect([plain.status, plain.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      const broken = await upload('/utils/import/ranked', { type: 'application/json', content: '{"a":' });
      expect([broken.status, broken.code]).toEqual([400, 'INVALID_PAYLOAD']);
    });

    it('answers at once in background mode and writes the rows afterwards', async () => {
      const json = JSON.stringify([{ title: 'later', rank: 9 }]);
      const answer = await upload('/utils/import/ranked?background=true', {
        type: 'application/json',
        content: json,
      });
      expect([answer.status, answer.body]).toEqual([200, '']);
      await expect.poll(async () => (await rows()).some((row) => row.endsWith(':later:9'))).toBe(true);
    });
  });

  describe.skipIf(!engine.url)(`POST /utils/import limits on ${engine.client}`, () => {
    let api: AuthServer;
    const token = 'import-limits-admin';
    const count = async () => (await api.database.kysely.selectFrom('ranked').select('id').execute()).length;

    beforeAll(async () => {
      api = await createAuthServer(engine, { MAX_IMPORT_ERRORS: '1', FILES_MAX_UPLOAD_SIZE: '200' });
      await api.addUser({ email: 'limits@example.com', role: ADMIN_ROLE, token });
      const created = await api.server.app.inject({
        method: 'POST',
        url: '/collections',
        payload: RANKED,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(created.statusCode).toBe(200);
    });
    afterAll(async () => {
      await api?.close();
    });

    it('stops collecting validation failures at MAX_IMPORT_ERRORS', async () => {
      const json = JSON.stringify([{ rank: 0 }, { rank: -1 }, { rank: -2 }]);
      const answer = await importFile(
        api,
        '/utils/import/ranked',
        { type: 'application/json', content: json },
        token,
      );
      expect([answer.status, answer.code]).toEqual([400, 'FAILED_VALIDATION']);
      expect(JSON.parse(answer.body).errors).toHaveLength(1);
      expect(await count()).toBe(0);
    });

    it('answers a file above FILES_MAX_UPLOAD_SIZE with 413, writing nothing', async () => {
      const csv = `title,rank\n${'row,1\n'.repeat(60)}`;
      const answer = await importFile(api, '/utils/import/ranked', { type: 'text/csv', content: csv }, token);
      expect([answer.status, answer.code]).toEqual([413, 'CONTENT_TOO_LARGE']);
      expect(await count()).toBe(0);
      const small = await importFile(
        api,
        '/utils/import/ranked',
        { type: 'text/csv', content: 'title,rank\nrow,1\n' },
        token,
      );
      expect(small.status).toBe(200);
      expect(await count()).toBe(1);
    });
  });
}
