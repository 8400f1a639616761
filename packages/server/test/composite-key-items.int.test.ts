import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

// A table made outside Plinth with a two-column primary key: Directus cannot serve it; Plinth reads it.
for (const engine of listTestEngines()) {
  warnSkipped(engine, 'composite primary key reads', '@plinth/server');
  describe.skipIf(!engine.url)(`a composite primary key on ${engine.client}`, () => {
    let testDb: TestDatabase;
    let server: TestServer;
    let api: Api;

    beforeAll(async () => {
      testDb = await createTestDatabase(engine, { prefix: 'plinth_composite' });
      const db = testDb.database.kysely;
      await sql`create table enrolments (student integer not null, course varchar(20) not null, grade integer, primary key (student, course))`.execute(
        db,
      );
      await sql`insert into enrolments (student, course, grade) values (1, 'maths', 7), (1, 'music', 9), (2, 'maths', 5)`.execute(
        db,
      );
      server = await createTestServer({}, {}, { database: testDb.database });
      api = createApi(server.app, await insertAdminWithToken(server.database));
    });
    afterAll(async () => {
      await server?.close();
      await testDb?.drop();
    });

    it('lists both key columns in the collection schema', async () => {
      const { body } = await api('GET', '/fields/enrolments');
      const keys = body.data.filter((field: any) => field.schema?.is_primary_key).map((f: any) => f.field);
      expect(keys.sort()).toEqual(['course', 'student']);
    });

    it('reads items, filtered and sorted, through /items', async () => {
      const response = await api('GET', '/items/enrolments?filter[course][_eq]=maths&sort=-grade');
      expect(response).toEqual({
        status: 200,
        body: {
          data: [
            { student: 1, course: 'maths', grade: 7 },
            { student: 2, course: 'maths', grade: 5 },
          ],
        },
      });
    });

    it('pages in a stable order over the whole key', async () => {
      const first = await api('GET', '/items/enrolments?limit=2&fields=student,course');
      const second = await api('GET', '/items/enrolments?limit=2&page=2&fields=student,course');
      expect([...first.body.data, ...second.body.data]).toEqual([
        { student: 1, course: 'maths' },
        { student: 1, course: 'music' },
        { student: 2, course: 'maths' },
      ]);
    });

    it('refuses one-value keys, naming the key columns to filter on', async () => {
      const reason =
        'Collection "enrolments" has a composite primary key: address its items with a filter on "student" and "course"';
      const refusal = {
        errors: [{ message: `Invalid payload. ${reason}.`, extensions: { reason, code: 'INVALID_PAYLOAD' } }],
      };
      expect(await api('GET', '/items/enrolments/1')).toEqual({ status: 400, body: refusal });
      expect(await api('DELETE', '/items/enrolments/1')).toEqual({ status: 400, body: refusal });
      expect((await api('GET', '/items/enrolments?fields=grade')).body.data).toHaveLength(3);
    });

    it('aggregates', async () => {
      const response = await api('GET', '/items/enrolments?aggregate[sum]=grade&groupBy[]=student');
      expect(response.status).toBe(200);
      expect(response.body.data.map((row: any) => [row.student, Number(row.sum.grade)])).toEqual([
        [1, 16],
        [2, 5],
      ]);
    });
  });
}
