import { type Kysely, sql } from 'kysely';
import type { ForeignKeySchema, TableSchema } from '../../introspection/database-schema.js';
import type { DdlStep, DdlTarget } from '../ddl-types.js';
import { createStep, type DdlStatement, rawStatement } from '../steps/create-step.js';
import { toConstraintName } from '../to-constraint-name.js';

type Action = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

/** How an engine spells dropping a foreign key. */
export type DropForeignKeySyntax = 'constraint' | 'foreign key';

/** The constraint name a foreign key has, or gets: `<table>_<column>_foreign`. */
export function toForeignKeyName(key: ForeignKeySchema): string {
  return key.constraint_name ?? toConstraintName(key.table, [key.column], 'foreign');
}

function addStatement(executor: Kysely<any>, key: ForeignKeySchema): DdlStatement {
  return executor.schema
    .alterTable(key.table)
    .addForeignKeyConstraint(
      toForeignKeyName(key),
      [key.column],
      key.foreign_key_table,
      [key.foreign_key_column],
      (fk) =>
        fk.onDelete(key.on_delete.toLowerCase() as Action).onUpdate(key.on_update.toLowerCase() as Action),
    );
}

function dropStatement(
  executor: Kysely<any>,
  key: ForeignKeySchema,
  syntax: DropForeignKeySyntax,
): DdlStatement {
  if (syntax === 'constraint')
    return executor.schema.alterTable(key.table).dropConstraint(toForeignKeyName(key));
  return rawStatement(
    sql`alter table ${sql.table(key.table)} drop foreign key ${sql.id(toForeignKeyName(key))}`,
    executor,
  );
}

/** Whether some index starts with the column, so MySQL will not add one for a new foreign key. */
function isIndexed(table: TableSchema, column: string): boolean {
  return table.indexes.some((index) => index.columns[0] === column);
}

/**
 * `alter table add constraint ... foreign key`, with an undo that also drops the index MySQL adds
 * by itself (named after the constraint) when no index covered the column before.
 */
export function addForeignKeySteps(
  target: DdlTarget,
  table: TableSchema,
  key: ForeignKeySchema,
  syntax: DropForeignKeySyntax,
): DdlStep[] {
  const at = { table: key.table, column: key.column };
  const autoIndex = syntax === 'foreign key' && !isIndexed(table, key.column);
  const undo = createStep(target, {
    ...at,
    description: `Drop foreign key ${toForeignKeyName(key)}`,
    build: (ex) => [
      dropStatement(ex, key, syntax),
      ...(autoIndex ? [ex.schema.dropIndex(toForeignKeyName(key)).on(key.table)] : []),
    ],
  });
  const step = createStep(target, {
    ...at,
    description: `Add foreign key ${key.table}.${key.column} → ${key.foreign_key_table}.${key.foreign_key_column} (on delete ${key.on_delete}, on update ${key.on_update})`,
    build: (ex) => [addStatement(ex, key)],
    undo,
  });
  return [step];
}

/** `alter table drop constraint` (or MySQL's `drop foreign key`), with an undo that adds it back. */
export function dropForeignKeySteps(
  target: DdlTarget,
  key: ForeignKeySchema,
  syntax: DropForeignKeySyntax,
): DdlStep[] {
  const at = { table: key.table, column: key.column };
  const undo = createStep(target, {
    ...at,
    description: `Restore foreign key ${toForeignKeyName(key)}`,
    build: (ex) => [addStatement(ex, key)],
  });
  return [
    createStep(target, {
      ...at,
      description: `Drop foreign key ${toForeignKeyName(key)}`,
      build: (ex) => [dropStatement(ex, key, syntax)],
      undo,
    }),
  ];
}

/** `alter table drop column`: it loses data, so it has no undo and planners put it last. */
export function dropColumnStep(target: DdlTarget, table: string, column: string): DdlStep {
  return createStep(target, {
    table,
    column,
    description: `Drop column ${table}.${column}`,
    build: (ex) => [ex.schema.alterTable(table).dropColumn(column)],
  });
}
