import { getDialectStrategy } from '../dialects/get-dialect-strategy.js';
import type { PlinthDatabase } from '../plinth-database.js';
import { ensureMigrationsTable } from './ensure-migrations-table.js';
import { plinthMigrations } from './plinth-migrations.js';
import { readAppliedMigrations } from './read-applied-migrations.js';

/**
 * Applies every Plinth migration not yet recorded in `directus_migrations`, oldest first, under
 * the engine's migration lock (and in one transaction where DDL can be rolled back). Running
 * it again applies nothing.
 */
export async function migrateToLatest(db: PlinthDatabase): Promise<{ applied: string[] }> {
  const strategy = getDialectStrategy(db.client);
  await ensureMigrationsTable(db.kysely, strategy);
  return strategy.runExclusive(db.kysely, async (executor) => {
    const done = await readAppliedMigrations(executor);
    const applied: string[] = [];
    for (const migration of plinthMigrations) {
      if (done.has(migration.version)) continue;
      await migration.up(executor, { strategy });
      await executor
        .insertInto('directus_migrations')
        .values({ version: migration.version, name: migration.name })
        .execute();
      applied.push(migration.version);
    }
    return { applied };
  });
}
