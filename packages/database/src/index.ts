export {
  type CheckConnectionOptions,
  checkConnection,
} from './connection/check-connection.js';
export {
  type DatabaseUnavailableDetails,
  DatabaseUnavailableError,
} from './connection/database-unavailable-error.js';
export { pingDatabase } from './connection/ping-database.js';
export { createDatabase } from './create-database.js';
export { isInstalled } from './migrations/is-installed.js';
export { listMigrations, type MigrationStatus } from './migrations/list-migrations.js';
export { migrateDown } from './migrations/migrate-down.js';
export { migrateToLatest } from './migrations/migrate-to-latest.js';
export type { CreateDatabaseOptions, PlinthDatabase, QueryLogEvent } from './plinth-database.js';
export type {
  ForeignKeyAction,
  SystemColumn,
  SystemColumnDefault,
  SystemColumnType,
  SystemForeignKey,
  SystemIndex,
  SystemTable,
} from './system-tables/system-table-types.js';
export { systemTables } from './system-tables/system-tables.js';
export { withTransaction } from './with-transaction.js';
