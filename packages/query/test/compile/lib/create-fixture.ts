import { migrateToLatest, type PlinthDatabase } from '@plinth/database';
import { fetchSchemaOverview, introspectDatabase, planCreateTable, runPlan } from '@plinth/schema';
import type { SchemaOverview } from '@plinth/types';
import { fixtureFields, fixtureRelations, fixtureRows, fixtureTables } from './fixture-model.js';

/** Creates the system tables, the fixture's tables, meta rows and data; returns the schema overview. */
export async function createFixture(db: PlinthDatabase): Promise<SchemaOverview> {
  await migrateToLatest(db);
  for (const [table, fields] of fixtureTables) await runPlan(db, planCreateTable(db, table, fields));
  for (const [table] of fixtureTables) {
    await db.kysely.insertInto('directus_collections').values({ collection: table }).execute();
  }
  for (const row of fixtureFields) await db.kysely.insertInto('directus_fields').values(row).execute();
  for (const row of fixtureRelations) await db.kysely.insertInto('directus_relations').values(row).execute();
  for (const [table, rows] of fixtureRows) {
    for (const row of rows) await db.kysely.insertInto(table).values(row).execute();
  }
  return fetchSchemaOverview(db, (target) => introspectDatabase(target));
}
