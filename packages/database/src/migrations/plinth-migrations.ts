import type { PlinthMigration } from './plinth-migration.js';
import { systemTablesMigration } from './versions/0001-system-tables.js';

/** Every Plinth migration, oldest first. Versions are never renamed or reordered once released. */
export const plinthMigrations: readonly PlinthMigration[] = [systemTablesMigration];
