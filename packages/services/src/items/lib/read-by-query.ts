import { executeMeta, runPreparedRead, validateQuery } from '@plinth/query';
import type { CollectionOverview, Item, PrimaryKey, Query, QueryMeta } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { keyStandIn, withKey } from './read-key-template.js';
import { cachedReadPlan } from './read-plan-cache.js';
import { readPolicyResolver } from './read-policy-resolver.js';

/** What a list read returns: the items and, only when asked for, the counts. */
export interface ReadByQueryResult {
  data: Item[];
  meta?: Partial<Record<QueryMeta, number>>;
}

function validate(ctx: ServiceContext, collection: string, query: Query) {
  return validateQuery(query, { schema: ctx.schema, collection, policy: readPolicyResolver(ctx) });
}

// Statements go through `ctx.db`, so a read inside a transaction sees that transaction's writes.
function connectionOf(ctx: ServiceContext) {
  return { kysely: ctx.db, client: ctx.database.client };
}

/** Validates a parsed query against the schema and the caller's policy, and runs it as one statement. */
export async function readByQuery(
  ctx: ServiceContext,
  collection: string,
  query: Query,
): Promise<ReadByQueryResult> {
  const plan = cachedReadPlan(ctx, collection, query, () => validate(ctx, collection, query));
  const data = (await runPreparedRead(connectionOf(ctx), plan)) as Item[];
  if (!query.meta || query.meta.length === 0) return { data };
  return { data, meta: await executeMeta(connectionOf(ctx), plan.node, query.meta) };
}

/** Like {@link readByQuery} for at most one item: the item, or `null`. */
export async function readOneByQuery(
  ctx: ServiceContext,
  collection: string,
  query: Query,
): Promise<Item | null> {
  const plan = cachedReadPlan(ctx, collection, query, () => validate(ctx, collection, query));
  return (await runPreparedRead(connectionOf(ctx), plan, { single: true })) as Item | null;
}

/**
 * Reads the item with primary key `key`, under the query `queryFor` builds for a key. The plan is
 * compiled once with a stand-in key and reused for every key, so a by-key read skips validation.
 */
export async function readOneByKey(
  ctx: ServiceContext,
  overview: CollectionOverview,
  key: PrimaryKey,
  queryFor: (key: PrimaryKey) => Query,
): Promise<Item | null> {
  const { collection } = overview;
  const keyField = overview.fields[overview.primary];
  if (!keyField) return readOneByQuery(ctx, collection, queryFor(key));
  const standIn = keyStandIn(keyField);
  const template = queryFor(standIn);
  const plan = withKey(
    cachedReadPlan(ctx, collection, template, () => validate(ctx, collection, template)),
    standIn,
    // What validation would have made of the key: UUIDs compare in lower case.
    keyField.type === 'uuid' ? String(key).toLowerCase() : key,
  );
  if (plan) return (await runPreparedRead(connectionOf(ctx), plan, { single: true })) as Item | null;
  return readOneByQuery(ctx, collection, queryFor(key));
}
