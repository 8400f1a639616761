import { getDialectStrategy } from '../dialects/get-dialect-strategy.js';
import type { PlinthDatabase } from '../plinth-database.js';

/** Tables whose presence means a Directus-layout database is set up (by Plinth or by Directus). */
const coreTables = [
  'directus_collections',
  'directus_fields',
  'directus_relations',
  'directus_roles',
  'directus_users',
  'directus_settings',
];

/** Whether the system tables are present, e.g. to decide between bootstrap and start. */
export async function isInstalled(db: PlinthDatabase): Promise<boolean> {
  const tables = new Set(await getDialectStrategy(db.client).listTableNames(db.kysely));
  return coreTables.every((table) => tables.has(table));
}
