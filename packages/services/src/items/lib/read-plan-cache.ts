import { type PreparedRead, prepareRead } from '@plinth/query';
import type { Query, SchemaOverview } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';

const PLANS_PER_SCHEMA = 500;

// Plans die with the schema they were validated against: a data-model change brings a new overview.
const plansBySchema = new WeakMap<SchemaOverview, Map<string, PreparedRead>>();

/**
 * The cache key of a read, or null when its plan must not be reused: callers under a policy (their
 * permission filters are resolved per user) and queries with dynamic variables (`$NOW`, `$CURRENT_USER`),
 * whose values are fixed when the query is validated.
 */
export function readPlanKey(
  ctx: Pick<ServiceContext, 'accountability' | 'database'>,
  collection: string,
  query: Query,
): string | null {
  const caller = ctx.accountability === null ? 'system' : ctx.accountability.admin ? 'admin' : null;
  if (caller === null) return null;
  const text = JSON.stringify(query);
  if (text.includes('$')) return null;
  return `${ctx.database.client}\u0000${caller}\u0000${collection}\u0000${text}`;
}

/**
 * The prepared statement of a read: validated and compiled once per schema, caller kind and query, and
 * reused after that, so a repeated request skips validation and SQL generation.
 */
export function cachedReadPlan(
  ctx: ServiceContext,
  collection: string,
  query: Query,
  validate: () => Parameters<typeof prepareRead>[1],
): PreparedRead {
  const connection = { kysely: ctx.db, client: ctx.database.client };
  const key = readPlanKey(ctx, collection, query);
  if (key === null) return prepareRead(connection, validate());
  let plans = plansBySchema.get(ctx.schema);
  if (!plans) {
    plans = new Map();
    plansBySchema.set(ctx.schema, plans);
  }
  const cached = plans.get(key);
  if (cached) return cached;
  const prepared = prepareRead(connection, validate());
  plans.set(key, prepared);
  if (plans.size > PLANS_PER_SCHEMA) plans.delete(plans.keys().next().value as string);
  return prepared;
}
