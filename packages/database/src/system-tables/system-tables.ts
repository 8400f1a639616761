import { sortTablesByDependencies } from './sort-tables-by-dependencies.js';
import type { SystemTable } from './system-table-types.js';
import { accessTables } from './tables/access-tables.js';
import { activityTables } from './tables/activity-tables.js';
import { appTables } from './tables/app-tables.js';
import { filesTables } from './tables/files-tables.js';
import { migrationsTable, schemaTables } from './tables/schema-tables.js';
import { settingsTable } from './tables/settings-table.js';

/**
 * Every `directus_*` system table of Directus 11 (up to the 11.1x deployments, AI and MCP
 * additions), in an order where each table follows the tables its foreign keys reference.
 * This is the single description the install migration builds from on every dialect.
 */
export const systemTables: readonly SystemTable[] = Object.freeze(
  sortTablesByDependencies([
    migrationsTable,
    ...schemaTables,
    ...accessTables,
    ...filesTables,
    settingsTable,
    ...activityTables,
    ...appTables,
  ]),
);
