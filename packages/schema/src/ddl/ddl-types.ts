import type { DatabaseClient, ForeignKeyAction } from '@plinth/types';
import type { Kysely } from 'kysely';

/**
 * The `schema` object of a field write (`POST /fields/:c`, the `fields` of `POST /collections`).
 * Keys left out keep their current value on an alter, and their default on a create.
 */
export interface FieldSchemaInput {
  /** A literal, `now()`/`CURRENT_TIMESTAMP` for the engine's now, or `gen_random_uuid()`. @default null */
  default_value?: unknown;
  /** Length of a `string`/`hash`/`binary` column; `null` means unbounded. @default 255 */
  max_length?: number | null;
  /** Digits of a `decimal`. @default 10 */
  numeric_precision?: number | null;
  /** Digits after the point of a `decimal`. @default 5 */
  numeric_scale?: number | null;
  /** @default true */
  is_nullable?: boolean;
  /** @default false */
  is_unique?: boolean;
  /** @default false */
  is_indexed?: boolean;
  /** @default false */
  is_primary_key?: boolean;
  /** Only for an `integer`/`bigInteger` primary key. @default false */
  has_auto_increment?: boolean;
  /** Ignored where the engine keeps no column comments (SQLite, MS SQL). @default null */
  comment?: string | null;
}

/** One field as a write payload carries it; `type` is a wire type, or `null`/`alias` for no column. */
export interface FieldInput {
  field: string;
  /** Checked by the planners: an unknown type is refused with `INVALID_PAYLOAD`. */
  type: string | null;
  schema?: FieldSchemaInput | null;
}

/** The database side of a `POST /relations` payload: the column holding the key and what it points at. */
export interface RelationInput {
  collection: string;
  field: string;
  related_collection: string | null;
  /** `null` for a relation without a foreign key. */
  schema?: { on_delete?: ForeignKeyAction; on_update?: ForeignKeyAction } | null;
}

/** Something that can run DDL: a {@link PlinthDatabase} fits, and so does a compile-only Kysely. */
export interface DdlTarget {
  kysely: Kysely<any>;
  client: DatabaseClient;
}

/**
 * One unit of a plan: usually one statement, sometimes a short fixed group (a table rebuild's copy).
 * `sql` is what `run` sends, compiled for the plan's engine, so plans can be shown and snapshotted.
 */
export interface DdlStep {
  description: string;
  /** The compiled statements, `;\n`-separated. */
  sql: string;
  /** The table the step changes, for error messages. */
  table: string;
  /** The column the step changes, if it is about one, for error messages. */
  column?: string;
  /** Runs the step on the executor it is given (a transaction or a single connection). */
  run(executor: Kysely<any>): Promise<void>;
  /**
   * Reverses the step, for engines whose DDL commits implicitly (MySQL). Absent when the step
   * cannot be reversed (dropping data): planners put such steps last.
   */
  undo?: DdlStep;
}

/** An ordered list of steps for one engine, built before anything runs. */
export interface DdlPlan {
  client: DatabaseClient;
  steps: DdlStep[];
}
