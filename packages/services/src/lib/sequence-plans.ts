import type { DatabaseSchema, DdlPlan, DdlStep } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { introspectModel } from './introspect-model.js';

/** Plans one change against the database as it stands. */
export type Planner = (schema: DatabaseSchema) => DdlPlan;

/** Runs a later planner against the table as the earlier steps left it, inside the same unit. */
function deferredStep(ctx: ServiceContext, planner: Planner, planned: DdlPlan): DdlStep {
  const first = planned.steps[0];
  return {
    description: `${planned.steps.map((step) => step.description).join('; ')} (planned when reached)`,
    sql: planned.steps.map((step) => step.sql).join(';\n'),
    table: first?.table ?? '',
    ...(first?.column === undefined ? {} : { column: first.column }),
    async run(executor) {
      const plan = planner(await introspectModel(ctx, executor));
      for (const step of plan.steps) await step.run(executor);
    },
  };
}

/**
 * Several changes as one plan. Every planner runs up front, so an invalid change is refused before
 * anything is written. SQLite changes a table by rebuilding it from its introspected definition:
 * a second rebuild of the same table planned in advance would undo the first, so there every
 * later change is planned again, on the same connection, once the earlier ones have run.
 */
export function sequencePlans(ctx: ServiceContext, schema: DatabaseSchema, planners: Planner[]): DdlPlan {
  const plans = planners.map((planner) => planner(schema));
  const client = ctx.database.client;
  if (client !== 'sqlite') return { client, steps: plans.flatMap((plan) => plan.steps) };
  const steps = plans.flatMap((plan, index) => {
    if (index === 0 || plan.steps.length === 0) return plan.steps;
    return [deferredStep(ctx, planners[index]!, plan)];
  });
  return { client, steps };
}
