import { type SystemColumn, type SystemTable, systemTables } from '@plinth/database';
import type { DatabaseClient } from '@plinth/types';
import type {
  ColumnSchema,
  DatabaseSchema,
  ForeignKeySchema,
  TableSchema,
} from '../../../src/introspection/database-schema.js';

/** A column as introspection would describe it; everything not given is the plain default. */
export function column(table: string, name: string, dataType: string, extra: Partial<ColumnSchema> = {}) {
  const result: ColumnSchema = {
    name,
    table,
    data_type: dataType,
    default_value: null,
    max_length: null,
    numeric_precision: null,
    numeric_scale: null,
    is_generated: false,
    generation_expression: null,
    is_nullable: true,
    is_unique: false,
    is_indexed: false,
    is_primary_key: false,
    has_auto_increment: false,
    foreign_key_schema: null,
    foreign_key_table: null,
    foreign_key_column: null,
    comment: null,
    ...extra,
  };
  return result;
}

/** An auto-increment integer primary key. */
export function idColumn(table: string, name = 'id'): ColumnSchema {
  return column(table, name, 'integer', {
    is_nullable: false,
    is_primary_key: true,
    has_auto_increment: true,
    is_unique: true,
    is_indexed: true,
  });
}

/** A single-column foreign key; also marks the column as referencing it. */
export function foreignKey(source: ColumnSchema, target: string, targetColumn = 'id'): ForeignKeySchema {
  source.foreign_key_table = target;
  source.foreign_key_column = targetColumn;
  return {
    table: source.table,
    column: source.name,
    foreign_key_schema: null,
    foreign_key_table: target,
    foreign_key_column: targetColumn,
    constraint_name: `${source.table}_${source.name}_foreign`,
    on_update: 'NO ACTION',
    on_delete: 'SET NULL',
  };
}

/** A table of the given columns; the primary key is read from the columns unless given. */
export function table(
  name: string,
  columns: ColumnSchema[],
  extra: { primaryKey?: string[]; foreignKeys?: ForeignKeySchema[]; schema?: string | null } = {},
): TableSchema {
  return {
    name,
    schema: extra.schema ?? null,
    comment: null,
    primaryKey: extra.primaryKey ?? columns.filter((c) => c.is_primary_key).map((c) => c.name),
    columns: Object.fromEntries(columns.map((c) => [c.name, c])),
    indexes: [],
    compositeUniques: [],
    foreignKeys: extra.foreignKeys ?? [],
    compositeForeignKeys: [],
  };
}

/** A database of the given tables. */
export function database(client: DatabaseClient, tables: TableSchema[]): DatabaseSchema {
  return { client, tables: Object.fromEntries(tables.map((t) => [t.name, t])) };
}

const dataTypes: Record<DatabaseClient, Record<SystemColumn['type'], string>> = {
  sqlite: {
    uuid: 'char',
    string: 'varchar',
    text: 'text',
    json: 'text',
    boolean: 'boolean',
    integer: 'integer',
    bigint: 'bigint',
    timestamp: 'datetime',
  },
  pg: {
    uuid: 'uuid',
    string: 'character varying',
    text: 'text',
    json: 'json',
    boolean: 'boolean',
    integer: 'integer',
    bigint: 'bigint',
    timestamp: 'timestamp with time zone',
  },
  mysql: {
    uuid: 'char',
    string: 'varchar',
    text: 'text',
    json: 'json',
    boolean: 'tinyint',
    integer: 'int',
    bigint: 'bigint',
    timestamp: 'timestamp',
  },
  mssql: {
    uuid: 'uniqueidentifier',
    string: 'nvarchar',
    text: 'nvarchar',
    json: 'nvarchar',
    boolean: 'bit',
    integer: 'int',
    bigint: 'bigint',
    timestamp: 'datetimeoffset',
  },
};

function toColumn(client: DatabaseClient, tableName: string, declared: SystemColumn): ColumnSchema {
  const dataType = dataTypes[client][declared.type];
  const uuidAsChar = declared.type === 'uuid' && dataType === 'char';
  return column(tableName, declared.name, dataType, {
    is_nullable: declared.nullable,
    is_primary_key: declared.primary === true,
    has_auto_increment: declared.autoIncrement === true,
    is_unique: declared.unique === true || declared.primary === true,
    max_length: declared.type === 'string' ? (declared.length ?? 255) : uuidAsChar ? 36 : null,
    numeric_precision: declared.type === 'boolean' && client === 'mysql' ? 1 : null,
  });
}

function toTable(client: DatabaseClient, declared: SystemTable): TableSchema {
  const columns = declared.columns.map((c) => toColumn(client, declared.name, c));
  const foreignKeys = declared.columns.flatMap((c, index) =>
    c.references ? [foreignKey(columns[index]!, c.references.table, c.references.column)] : [],
  );
  return table(declared.name, columns, { foreignKeys, schema: client === 'pg' ? 'public' : null });
}

/**
 * The system tables as introspection would describe them on `client`, from the same declarations the
 * install migration builds them from (the integration tests check the names against the real database).
 */
export function systemTableSchemas(client: DatabaseClient): TableSchema[] {
  return systemTables.map((declared) => toTable(client, declared));
}
