import type { CompiledQuery, Kysely, RawBuilder } from 'kysely';
import type { DdlStep, DdlTarget } from '../ddl-types.js';

/** A statement a step sends: a Kysely schema builder, or raw SQL bound to an executor. */
export interface DdlStatement {
  compile(): CompiledQuery;
  execute(): Promise<unknown>;
}

/** What a planner says about a step; the SQL is compiled from `build` once, on the plan's target. */
export interface StepSpec {
  description: string;
  table: string;
  column?: string;
  build(executor: Kysely<any>): DdlStatement[];
  undo?: DdlStep;
}

/** Binds raw SQL to an executor so it reads like a schema builder. */
export function rawStatement(raw: RawBuilder<unknown>, executor: Kysely<any>): DdlStatement {
  return { compile: () => raw.compile(executor), execute: () => raw.execute(executor) };
}

/**
 * Turns a step spec into a {@link DdlStep}. DDL cannot take bound parameters on every engine, so
 * literals are inlined by Kysely's escaping compiler; a statement that still has parameters is a
 * planner bug and is refused here rather than sent half-bound.
 */
export function createStep(target: DdlTarget, spec: StepSpec): DdlStep {
  const compiled = spec.build(target.kysely).map((statement) => statement.compile());
  const withParameters = compiled.find((query) => query.parameters.length > 0);
  if (withParameters) throw new Error(`DDL statement has bound parameters: ${withParameters.sql}`);
  const step: DdlStep = {
    description: spec.description,
    sql: compiled.map((query) => query.sql).join(';\n'),
    table: spec.table,
    async run(executor) {
      for (const statement of spec.build(executor)) await statement.execute();
    },
  };
  if (spec.column !== undefined) step.column = spec.column;
  if (spec.undo) step.undo = spec.undo;
  return step;
}
