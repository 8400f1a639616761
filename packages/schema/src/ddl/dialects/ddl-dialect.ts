import type { DatabaseClient } from '@plinth/types';
import type { ColumnDefinitionBuilder, Expression, Kysely } from 'kysely';
import type {
  ColumnSchema,
  ForeignKeySchema,
  IndexSchema,
  TableSchema,
} from '../../introspection/database-schema.js';
import type { DdlStep, DdlTarget } from '../ddl-types.js';
import type { ResolvedField } from '../resolve-field.js';
import type { DdlStatement } from '../steps/create-step.js';

/** Where a failed statement was pointing, so a database error can name the collection and field. */
export interface DdlErrorContext {
  table: string;
  column?: string;
}

/**
 * How a plan is run: in one transaction (engines whose DDL rolls back), in one SQLite transaction
 * with foreign keys switched off around it, or step by step with undo (MySQL's implicit commits).
 */
export type DdlRunMode = 'transaction' | 'sqlite' | 'undo';

/** The size limits the validators check before any DDL is sent. */
export interface DdlLimits {
  maxVarcharLength: number;
  maxDecimalPrecision: number;
  maxDecimalScale: number;
}

/**
 * What an engine-specific column change receives: the table (less any index the alter drops
 * first), the column as it is, the column wanted, and which parts change.
 */
export interface ModifyColumnInput {
  table: TableSchema;
  current: ColumnSchema;
  next: ResolvedField;
  /** The type is rewritten to `next`'s; otherwise the current type is kept. */
  retype: boolean;
  setDefault: boolean;
  setNullable: boolean;
  setComment: boolean;
}

/**
 * Everything about DDL that differs between engines, one small object per engine, so planners
 * never branch on the client name.
 */
export interface DdlDialect {
  client: DatabaseClient;
  label: string;
  runMode: DdlRunMode;
  limits: DdlLimits;
  /** The SQL type of a column (auto-increment keys included, e.g. `serial`). */
  columnType(field: ResolvedField): Expression<unknown>;
  /** Adds the engine's auto-increment primary key modifiers. */
  autoIncrement(builder: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Last touches on a column definition (explicit `null` on MySQL timestamps, inline comments). */
  finishColumn(builder: ColumnDefinitionBuilder, field: ResolvedField): ColumnDefinitionBuilder;
  booleanLiteral(value: boolean): Expression<unknown>;
  /** The engine's current timestamp, as a default. */
  now: Expression<unknown>;
  /** The field types that may default to the current time. */
  nowDefaultTypes: readonly string[];
  /** A random UUID default, or `null` where the engine has no expression for one. */
  uuidDefault: Expression<unknown> | null;
  /** Whether a column of this shape can be part of an index (MySQL cannot index TEXT, PostgreSQL json). */
  canIndex(field: ResolvedField): boolean;
  /** Whether a unique column that allows null must be a filtered unique index (MS SQL allows one null). */
  uniqueNeedsFilteredIndex(field: ResolvedField): boolean;
  /** Separate statements that set a column comment (PostgreSQL); empty where comments are inline or absent. */
  commentStatements(executor: Kysely<any>, table: string, field: ResolvedField): DdlStatement[];
  /** Creates a single-column index, unique or not, named after knex's convention. */
  createIndex(executor: Kysely<any>, table: string, field: ResolvedField, unique: boolean): DdlStatement[];
  /** Drops an index or unique constraint found by introspection. */
  dropIndex(executor: Kysely<any>, table: string, index: IndexSchema): DdlStatement[];
  /** The steps that change a column's type, default, nullability and comment (not its indexes). */
  modifyColumn(target: DdlTarget, input: ModifyColumnInput): DdlStep[];
  /** Drops a column and whatever the engine will not drop with it (foreign keys, defaults, indexes). */
  dropColumn(target: DdlTarget, table: TableSchema, column: string): DdlStep[];
  /** Adds a single-column foreign key to an existing table. */
  addForeignKey(target: DdlTarget, table: TableSchema, key: ForeignKeySchema): DdlStep[];
  /** Drops a single-column foreign key. */
  dropForeignKey(target: DdlTarget, table: TableSchema, key: ForeignKeySchema): DdlStep[];
  /** A database error turned into a Plinth error where it means something to the caller; else undefined. */
  translateError(error: unknown, context: DdlErrorContext): Error | undefined;
}
