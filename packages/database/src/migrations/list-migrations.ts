import { getDialectStrategy } from '../dialects/get-dialect-strategy.js';
import type { PlinthDatabase } from '../plinth-database.js';
import { plinthMigrations } from './plinth-migrations.js';
import { readAppliedMigrations } from './read-applied-migrations.js';

/** A Plinth migration and when it was applied (`null` while pending). */
export interface MigrationStatus {
  version: string;
  name: string;
  appliedAt: Date | null;
}

/** Every Plinth migration, oldest first, with its applied time. Does not create anything. */
export async function listMigrations(db: PlinthDatabase): Promise<MigrationStatus[]> {
  const strategy = getDialectStrategy(db.client);
  const tables = await strategy.listTableNames(db.kysely);
  const done = tables.includes('directus_migrations') ? await readAppliedMigrations(db.kysely) : new Map();
  return plinthMigrations.map((migration) => ({
    version: migration.version,
    name: migration.name,
    appliedAt: done.get(migration.version)?.appliedAt ?? null,
  }));
}
