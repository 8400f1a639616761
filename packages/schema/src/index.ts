export type {
  ColumnSchema,
  DatabaseSchema,
  ForeignKeyRule,
  ForeignKeySchema,
  IndexSchema,
  TableSchema,
} from './introspection/database-schema.js';
