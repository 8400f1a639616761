import { type Kysely, sql } from 'kysely';
import { systemTables } from '../../system-tables/system-tables.js';
import { buildTableStatements } from '../build-table-statements.js';
import type { MigrationContext, PlinthMigration } from '../plinth-migration.js';

const migrationsTableName = 'directus_migrations';

/** Refuses to drop tables that Directus's own migrations also manage. */
async function assertOnlyPlinthMigrations(db: Kysely<any>): Promise<void> {
  const result = await sql<{ version: string }>`
    select version from directus_migrations where version not like 'plinth-%'`.execute(db);
  if (result.rows.length > 0) {
    throw new Error(
      'This database also holds Directus migrations; refusing to drop its system tables. ' +
        'Remove them by hand if that is really intended.',
    );
  }
}

/**
 * Creates every Directus 11 system table that is missing and leaves existing ones untouched, so
 * on a database Directus already installed it only records itself.
 */
export const systemTablesMigration: PlinthMigration = {
  version: 'plinth-0001',
  name: 'Create Directus 11 system tables',
  async up(db: Kysely<any>, { strategy }: MigrationContext) {
    const existing = new Set(await strategy.listTableNames(db));
    for (const table of systemTables) {
      // The runner creates the bookkeeping table before any migration runs.
      if (table.name === migrationsTableName || existing.has(table.name)) continue;
      for (const statement of buildTableStatements(db, table, strategy)) await statement.execute();
    }
  },
  async down(db: Kysely<any>, { strategy }: MigrationContext) {
    await assertOnlyPlinthMigrations(db);
    const existing = new Set(await strategy.listTableNames(db));
    // The bookkeeping table stays: the runner still has to remove this migration's row from it.
    for (const table of [...systemTables].reverse()) {
      if (table.name === migrationsTableName || !existing.has(table.name)) continue;
      await db.schema.dropTable(table.name).execute();
    }
  },
};
