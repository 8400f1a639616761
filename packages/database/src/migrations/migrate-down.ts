import { getDialectStrategy } from '../dialects/get-dialect-strategy.js';
import type { PlinthDatabase } from '../plinth-database.js';
import { plinthMigrations } from './plinth-migrations.js';
import { readAppliedMigrations } from './read-applied-migrations.js';

/**
 * Reverts the newest applied Plinth migration and removes its row. Returns its version, or
 * `null` when nothing Plinth applied is left (including when the table does not exist).
 */
export async function migrateDown(db: PlinthDatabase): Promise<{ reverted: string | null }> {
  const strategy = getDialectStrategy(db.client);
  const tables = await strategy.listTableNames(db.kysely);
  if (!tables.includes('directus_migrations')) return { reverted: null };
  return strategy.runExclusive(db.kysely, async (executor) => {
    const done = await readAppliedMigrations(executor);
    const latest = [...plinthMigrations].reverse().find((migration) => done.has(migration.version));
    if (!latest) return { reverted: null };
    await latest.down(executor, { strategy });
    await executor.deleteFrom('directus_migrations').where('version', '=', latest.version).execute();
    return { reverted: latest.version };
  });
}
