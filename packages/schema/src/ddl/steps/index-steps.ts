import type { IndexSchema, TableSchema } from '../../introspection/database-schema.js';
import type { DdlStep, DdlTarget } from '../ddl-types.js';
import { toIndexName } from '../dialects/create-index-statements.js';
import type { DdlDialect } from '../dialects/ddl-dialect.js';
import type { ResolvedField } from '../resolve-field.js';
import { createStep } from './create-step.js';

/** Creates a single-column index (unique or not); its undo drops it again. */
export function createIndexStep(
  dialect: DdlDialect,
  target: DdlTarget,
  table: string,
  field: ResolvedField,
  unique: boolean,
): DdlStep {
  const name = toIndexName(table, field.name, unique);
  const at = { table, column: field.name };
  return createStep(target, {
    ...at,
    description: `Add ${unique ? 'unique ' : ''}index ${name} on ${table}.${field.name}`,
    build: (ex) => dialect.createIndex(ex, table, field, unique),
    undo: createStep(target, {
      ...at,
      description: `Drop index ${name}`,
      build: (ex) => dialect.dropIndex(ex, table, { name, columns: [field.name], unique, primary: false }),
    }),
  });
}

/** Drops an index or unique constraint; its undo recreates it as an index with the same name and columns. */
export function dropIndexStep(
  dialect: DdlDialect,
  target: DdlTarget,
  table: string,
  index: IndexSchema,
): DdlStep {
  const at = { table, ...(index.columns.length === 1 ? { column: index.columns[0]! } : {}) };
  return createStep(target, {
    ...at,
    description: `Drop ${index.unique ? 'unique ' : ''}index ${index.name} on ${table}`,
    build: (ex) => dialect.dropIndex(ex, table, index),
    undo: createStep(target, {
      ...at,
      description: `Recreate index ${index.name}`,
      build: (ex) => {
        const builder = ex.schema.createIndex(index.name).on(table).columns(index.columns);
        return [index.unique ? builder.unique() : builder];
      },
    }),
  });
}

/**
 * Indexes the column of a new foreign key, so reading a parent's o2m/m2m list is an index lookup rather
 * than a scan of the child table. MySQL and MariaDB index foreign keys themselves; a column that already
 * leads an index (primary key, unique, or another index) needs none.
 */
export function foreignKeyIndexSteps(
  dialect: DdlDialect,
  target: DdlTarget,
  table: TableSchema,
  column: string,
): DdlStep[] {
  if (target.client === 'mysql') return [];
  if (table.indexes.some((index) => index.columns[0] === column)) return [];
  const name = toIndexName(table.name, column, false);
  const at = { table: table.name, column };
  const index = { name, columns: [column], unique: false, primary: false };
  return [
    createStep(target, {
      ...at,
      description: `Add index ${name} on ${table.name}.${column} for its foreign key`,
      build: (ex) => [ex.schema.createIndex(name).on(table.name).column(column)],
      undo: createStep(target, {
        ...at,
        description: `Drop index ${name}`,
        build: (ex) => dialect.dropIndex(ex, table.name, index),
      }),
    }),
  ];
}
