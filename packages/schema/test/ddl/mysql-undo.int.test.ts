import { isPlinthError } from '@plinth/errors';
import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DdlPlan,
  planAddColumn,
  planAddForeignKey,
  planAlterColumn,
  planCreateTable,
  runPlan,
} from '../../src/ddl/index.js';
import { introspectDatabase } from '../../src/introspection/introspect-database.js';

const engine = listTestEngines().find((candidate) => candidate.client === 'mysql')!;
warnSkipped(engine, 'MySQL step-undo test', '@plinth/schema');

describe.skipIf(!engine.url)('step-by-step plans with undo on MySQL/MariaDB', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine, { prefix: 'plinth_ddl' });
    const id = { field: 'id', type: 'integer', schema: { has_auto_increment: true } };
    await runPlan(test.database, planCreateTable(test.database, 'owners', [id]));
    await runPlan(
      test.database,
      planCreateTable(test.database, 'pets', [
        id,
        {
          field: 'name',
          type: 'string',
          schema: { max_length: 20, default_value: 'rex', comment: 'pet name', is_indexed: true },
        },
        { field: 'owner', type: 'integer' },
        { field: 'adopted', type: 'boolean', schema: { default_value: false, is_nullable: false } },
      ]),
    );
    // An owner that does not exist: the foreign key below cannot be added.
    await test.database.kysely.insertInto('pets').values({ name: 'tom', owner: 42 }).execute();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('undoes the three completed steps when the fourth one fails, leaving the database as it was', async () => {
    const before = await introspectDatabase(test.database);
    const pets = before.tables['pets']!;
    const plan: DdlPlan = {
      client: 'mysql',
      steps: [
        ...planAlterColumn(test.database, pets, {
          field: 'name',
          type: 'string',
          schema: { max_length: 60, is_nullable: false, comment: 'changed' },
        }).steps,
        ...planAddColumn(test.database, pets, { field: 'age', type: 'integer', schema: { default_value: 1 } })
          .steps,
        ...planAlterColumn(test.database, pets, { field: 'adopted', schema: { default_value: true } }).steps,
        ...planAddForeignKey(
          test.database,
          { collection: 'pets', field: 'owner', related_collection: 'owners' },
          before,
        ).steps,
      ],
    };
    expect(plan.steps.map((step) => step.undo !== undefined)).toEqual([true, true, true, true]);
    const error = await runPlan(test.database, plan).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isPlinthError(error) ? error.code : error).toBe('INVALID_FOREIGN_KEY');
    expect(await introspectDatabase(test.database)).toEqual(before);
    expect(
      await test.database.kysely.selectFrom('pets').select(['name', 'owner', 'adopted']).execute(),
    ).toEqual([{ name: 'tom', owner: 42, adopted: 0 }]);
  });

  it('applies the same steps for real once the data allows it', async () => {
    await test.database.kysely.insertInto('owners').values({ id: 42 }).execute();
    const before = await introspectDatabase(test.database);
    const pets = before.tables['pets']!;
    await runPlan(test.database, {
      client: 'mysql',
      steps: [
        ...planAlterColumn(test.database, pets, {
          field: 'name',
          type: 'string',
          schema: { max_length: 60, comment: 'changed' },
        }).steps,
        ...planAddForeignKey(
          test.database,
          { collection: 'pets', field: 'owner', related_collection: 'owners' },
          before,
        ).steps,
      ],
    });
    const after = (await introspectDatabase(test.database)).tables['pets']!;
    expect(after.columns['name']).toMatchObject({ max_length: 60, comment: 'changed' });
    expect(after.foreignKeys.map((key) => key.foreign_key_table)).toEqual(['owners']);
  });
});
