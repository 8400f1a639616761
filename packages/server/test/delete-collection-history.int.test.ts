import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'deleting a collection with history', '@plinth/server');
  describe.skipIf(!engine.url)(`deleting a collection with history on ${engine.client}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let api: Api;
    beforeAll(async () => {
      database = await createTestDatabase(engine, { prefix: 'plinth_srv' });
      server = await createTestServer({}, {}, { database: database.database });
      api = createApi(server.app, await insertAdminWithToken(server.database));
    });
    afterAll(async () => {
      await server?.close();
      await database?.drop();
    });

    it('removes its activity, revisions, presets and comments, and keeps other collections history', async () => {
      for (const collection of ['doomed', 'kept']) {
        expect((await api('POST', '/collections', { collection, schema: {}, meta: {} })).status).toBe(200);
      }
      const db = server.database.kysely;
      const activity = async (collection: string) => {
        await db
          .insertInto('directus_activity')
          .values({ action: 'create', collection, item: '1' })
          .execute();
        return (
          await db
            .selectFrom('directus_activity')
            .select('id')
            .orderBy('id', 'desc')
            .executeTakeFirstOrThrow()
        ).id;
      };
      const doomedActivity = await activity('doomed');
      await db
        .insertInto('directus_revisions')
        .values({ activity: doomedActivity, collection: 'doomed', item: '1' })
        .execute();
      const parent = (await db.selectFrom('directus_revisions').select('id').executeTakeFirstOrThrow()).id;
      const keptActivity = await activity('kept');
      await db
        .insertInto('directus_revisions')
        .values({ activity: keptActivity, collection: 'kept', item: '1', parent })
        .execute();
      await db.insertInto('directus_presets').values({ collection: 'doomed', layout: 'tabular' }).execute();
      await db
        .insertInto('directus_comments')
        .values({
          id: '00000000-0000-4000-8000-0000000000aa',
          collection: 'doomed',
          item: '1',
          comment: 'hi',
        })
        .execute();

      expect((await api('DELETE', '/collections/doomed')).status).toBe(204);
      const left = async (table: string) =>
        (await db.selectFrom(table).select('collection').execute()).map((row) => row.collection);
      expect(await left('directus_activity')).toEqual(['kept']);
      expect(await left('directus_revisions')).toEqual(['kept']);
      expect(await left('directus_presets')).toEqual([]);
      expect(await left('directus_comments')).toEqual([]);
      const kept = await db.selectFrom('directus_revisions').select('parent').executeTakeFirstOrThrow();
      expect(kept.parent).toBeNull();
    });
  });
}
