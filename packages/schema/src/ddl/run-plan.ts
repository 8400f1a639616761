import type { PlinthDatabase } from '@plinth/database';
import { type Kysely, sql } from 'kysely';
import type { DdlPlan, DdlStep, DdlTarget } from './ddl-types.js';
import type { DdlDialect } from './dialects/ddl-dialect.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';
import { checkSqliteForeignKeys } from './run/check-sqlite-foreign-keys.js';

async function runStep(dialect: DdlDialect, executor: Kysely<any>, step: DdlStep): Promise<void> {
  try {
    await step.run(executor);
  } catch (error) {
    const context =
      step.column === undefined ? { table: step.table } : { table: step.table, column: step.column };
    throw dialect.translateError(error, context) ?? error;
  }
}

/** Options of {@link runPlan}. */
export interface RunPlanOptions {
  /**
   * Writes that belong with the plan (the `directus_*` meta rows of a new collection): they run after
   * the last step, in the plan's transaction where the engine has one. If they fail, the plan is
   * rolled back, or undone on MySQL.
   */
  andThen?: (executor: Kysely<any>) => Promise<void>;
}

async function runInTransaction(dialect: DdlDialect, db: DdlTarget, plan: DdlPlan, options: RunPlanOptions) {
  await db.kysely.transaction().execute(async (trx) => {
    for (const step of plan.steps) await runStep(dialect, trx, step);
    await options.andThen?.(trx);
  });
}

/**
 * SQLite's rebuild recipe: foreign keys off (only possible outside a transaction, so on the one
 * connection), the steps in one write transaction, a foreign key check before committing, and the
 * setting put back whatever happens.
 */
async function runOnSqlite(dialect: DdlDialect, db: DdlTarget, plan: DdlPlan, options: RunPlanOptions) {
  await db.kysely.connection().execute(async (connection) => {
    const before = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(connection);
    const enabled = Number(before.rows[0]?.foreign_keys) === 1;
    await sql`pragma foreign_keys = off`.execute(connection);
    try {
      await sql`begin immediate`.execute(connection);
      try {
        for (const step of plan.steps) await runStep(dialect, connection, step);
        if (enabled)
          await checkSqliteForeignKeys(connection, [...new Set(plan.steps.map((step) => step.table))]);
        await options.andThen?.(connection);
        await sql`commit`.execute(connection);
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    } finally {
      if (enabled) await sql`pragma foreign_keys = on`.execute(connection);
    }
  });
}

/**
 * MySQL commits every DDL statement, so a failed step cannot be rolled back: the completed steps
 * are undone in reverse instead, and the original error is rethrown. An undo that fails too is
 * kept on the error as `undoErrors` for the logs.
 */
async function undoSteps(connection: Kysely<any>, done: DdlStep[], error: unknown): Promise<never> {
  const undoErrors: unknown[] = [];
  for (const completed of [...done].reverse()) {
    if (!completed.undo) continue;
    await completed.undo.run(connection).catch((undoError: unknown) => undoErrors.push(undoError));
  }
  if (undoErrors.length > 0 && typeof error === 'object' && error !== null) {
    Object.assign(error, { undoErrors });
  }
  throw error;
}

async function runWithUndo(dialect: DdlDialect, db: DdlTarget, plan: DdlPlan, options: RunPlanOptions) {
  await db.kysely.connection().execute(async (connection) => {
    const done: DdlStep[] = [];
    for (const step of plan.steps) {
      try {
        await runStep(dialect, connection, step);
        done.push(step);
      } catch (error) {
        await undoSteps(connection, done, error);
      }
    }
    const andThen = options.andThen;
    if (!andThen) return;
    try {
      await connection.transaction().execute((trx) => andThen(trx));
    } catch (error) {
      await undoSteps(connection, done, error);
    }
  });
}

/**
 * Runs a plan so that it applies whole or not at all: in one transaction on PostgreSQL and MS SQL,
 * in one transaction with foreign keys managed on SQLite, and step by step with undo on
 * MySQL/MariaDB. Database errors that mean something to the caller become Plinth errors
 * (`CONTAINS_NULL_VALUES`, `RECORD_NOT_UNIQUE`, ...); others are rethrown as they are.
 */
export async function runPlan(
  db: PlinthDatabase | DdlTarget,
  plan: DdlPlan,
  options: RunPlanOptions = {},
): Promise<void> {
  if (plan.client !== db.client) {
    throw new Error(`A plan for ${plan.client} can't run on a ${db.client} database`);
  }
  const andThen = options.andThen;
  if (plan.steps.length === 0) {
    if (andThen) await db.kysely.transaction().execute((trx) => andThen(trx));
    return;
  }
  const dialect = getDdlDialect(db.client);
  if (dialect.runMode === 'sqlite') return runOnSqlite(dialect, db, plan, options);
  if (dialect.runMode === 'undo') return runWithUndo(dialect, db, plan, options);
  return runInTransaction(dialect, db, plan, options);
}
