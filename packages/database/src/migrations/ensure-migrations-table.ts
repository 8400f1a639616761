import type { Kysely } from 'kysely';
import type { DialectStrategy } from '../dialects/dialect-strategy.js';
import { migrationsTable } from '../system-tables/tables/schema-tables.js';
import { buildTableStatements } from './build-table-statements.js';

/**
 * Creates `directus_migrations` when it is missing. Runs before the migration lock is taken
 * (the lock needs nothing, but reading applied versions needs the table); when two instances
 * race, the loser finds the table there and carries on.
 */
export async function ensureMigrationsTable(db: Kysely<any>, strategy: DialectStrategy): Promise<void> {
  const hasTable = async () => (await strategy.listTableNames(db)).includes(migrationsTable.name);
  if (await hasTable()) return;
  try {
    for (const statement of buildTableStatements(db, migrationsTable, strategy)) await statement.execute();
  } catch (error) {
    if (!(await hasTable())) throw error;
  }
}
