export type {
  ColumnSchema,
  DatabaseSchema,
  ForeignKeyRule,
  ForeignKeySchema,
  IndexSchema,
  TableSchema,
} from './database-schema.js';
export { type IntrospectDatabaseOptions, introspectDatabase } from './introspect-database.js';
export { toFieldType } from './to-field-type.js';
