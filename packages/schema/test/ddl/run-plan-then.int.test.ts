import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCreateTable, runPlan } from '../../src/ddl/index.js';
import { introspectDatabase } from '../../src/introspection/introspect-database.js';

const id = { field: 'id', type: 'integer', schema: { has_auto_increment: true } };

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'runPlan `then` tests', '@plinth/schema');
  describe.skipIf(!engine.url)(`runPlan with follow-up writes on ${engine.client}`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(engine, { prefix: 'plinth_ddl' });
      await runPlan(
        test.database,
        planCreateTable(test.database, 'notes', [id, { field: 'text', type: 'string' }]),
      );
    });
    afterAll(async () => {
      await test?.drop();
    });

    it('commits the plan and the follow-up writes together', async () => {
      await runPlan(test.database, planCreateTable(test.database, 'kept', [id]), {
        andThen: async (executor) => {
          await executor.insertInto('notes').values({ text: 'kept was created' }).execute();
        },
      });
      const schema = await introspectDatabase(test.database);
      expect(schema.tables.kept).toBeDefined();
      const notes = await test.database.kysely.selectFrom('notes').select('text').execute();
      expect(notes).toEqual([{ text: 'kept was created' }]);
    });

    it('takes the plan back when the follow-up writes fail', async () => {
      const failing = runPlan(
        test.database,
        planCreateTable(test.database, 'dropped', [id, { field: 'a', type: 'integer' }]),
        {
          andThen: async (executor) => {
            await executor.insertInto('notes').values({ text: 'must not stay' }).execute();
            await executor.insertInto('no_such_table').values({ x: 1 }).execute();
          },
        },
      );
      await expect(failing).rejects.toThrow();
      const schema = await introspectDatabase(test.database);
      expect(schema.tables.dropped).toBeUndefined();
      const notes = await test.database.kysely.selectFrom('notes').select('text').execute();
      expect(notes.map((note) => note.text)).not.toContain('must not stay');
    });
  });
}
