import type { Snapshot } from '@plinth/services';
import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi, snapshotModel } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'schema apply rollback', '@plinth/server');
  describe.skipIf(!engine.url)(`a schema apply that fails part-way on ${engine.client}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let api: Api;
    beforeAll(async () => {
      database = await createTestDatabase(engine, { prefix: 'plinth_srv' });
      server = await createTestServer({}, {}, { database: database.database });
      api = createApi(server.app, await insertAdminWithToken(server.database));
      await api('POST', '/collections', {
        collection: 'owners',
        schema: {},
        meta: {},
        fields: [{ field: 'name', type: 'string', meta: { interface: 'input' } }],
      });
    });
    afterAll(async () => {
      await server?.close();
      await database?.drop();
    });

    it('takes back the entries it had applied and leaves the model as it was', async () => {
      const snapshot: Snapshot = (await api('GET', '/schema/snapshot')).body.data;
      const before = await snapshotModel(server.database);
      snapshot.collections.push({
        collection: 'pets',
        meta: { collection: 'pets', icon: 'pets' },
        schema: { name: 'pets' },
      });
      snapshot.fields.push(
        {
          collection: 'pets',
          field: 'id',
          type: 'integer',
          meta: null,
          schema: { name: 'id', table: 'pets', is_primary_key: true, has_auto_increment: true },
        },
        {
          collection: 'pets',
          field: 'owner',
          type: 'integer',
          meta: null,
          schema: { name: 'owner', table: 'pets', is_nullable: true },
        },
        {
          collection: 'owners',
          field: 'nickname',
          type: 'string',
          meta: { interface: 'input' },
          schema: { name: 'nickname', table: 'owners', is_nullable: true, max_length: 40 },
        },
      );
      // The relation points at a collection that exists nowhere: it fails after everything above was created.
      snapshot.relations.push({
        collection: 'pets',
        field: 'owner',
        related_collection: 'ghosts',
        meta: { many_collection: 'pets', many_field: 'owner', one_collection: 'ghosts' },
        schema: {
          table: 'pets',
          column: 'owner',
          foreign_key_table: 'ghosts',
          foreign_key_column: 'id',
          on_delete: 'SET NULL',
          on_update: 'NO ACTION',
        },
      });
      const diff = await api('POST', '/schema/diff', snapshot);
      expect(diff.status).toBe(200);
      const applied = await api('POST', '/schema/apply', diff.body.data);
      expect(applied.status).toBe(400);
      expect(applied.body.errors[0].extensions.code).toBe('INVALID_PAYLOAD');
      expect(await snapshotModel(server.database)).toBe(before);
      expect((await api('GET', '/collections/pets')).status).toBe(403);
    });
  });
}
