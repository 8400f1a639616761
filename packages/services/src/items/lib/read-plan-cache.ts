import { type PreparedRead, prepareRead } from '@plinth/query';
import type { Query, SchemaOverview } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { settledCallerPermissions } from '../../permissions/caller-permissions.js';
import { isSharedQuery } from './shared-query.js';

const PLANS_PER_SCHEMA = 500;

// Plans die with the schema they were validated against: a data-model change brings a new overview.
const plansBySchema = new WeakMap<SchemaOverview, Map<string, PreparedRead>>();

// The JSON text of shared queries, which cannot change: stringified once, not per request.
const queryTexts = new WeakMap<Query, string>();

function queryText(query: Query): string {
  if (!isSharedQuery(query)) return JSON.stringify(query);
  let text = queryTexts.get(query);
  if (text === undefined) {
    text = JSON.stringify(query);
    queryTexts.set(query, text);
  }
  return text;
}

function callerKey(ctx: Pick<ServiceContext, 'accountability'>): string | null {
  if (ctx.accountability === null) return 'system';
  if (ctx.accountability.admin) return 'admin';
  const permissions = settledCallerPermissions(ctx);
  if (permissions === undefined) return null;
  return permissions === null ? 'admin' : `rules:${permissions.fingerprint}`;
}

/**
 * The cache key of a read, or null when its plan must not be reused: queries with dynamic variables
 * left (`$NOW`), whose values are fixed when the query is validated, and callers whose permissions were
 * not resolved. Callers under rules share plans by their permissions' fingerprint: equal fingerprints
 * mean equal rules with equal resolved values, hence equal policies.
 */
export function readPlanKey(
  ctx: Pick<ServiceContext, 'accountability' | 'database'>,
  collection: string,
  query: Query,
): string | null {
  const caller = callerKey(ctx);
  if (caller === null) return null;
  const text = queryText(query);
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
