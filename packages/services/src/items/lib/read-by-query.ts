import { executeMeta, validateQuery } from '@plinth/query';
import type { CollectionOverview, Item, PrimaryKey, Query, QueryMeta } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { type KeyScope, keyScopedQuery, keyStandIn, keyTemplate, withKey } from './read-key-template.js';
import { itemsOutput, type ReadOutput } from './read-output.js';
import { cachedReadPlan } from './read-plan-cache.js';
import { readPolicyResolver } from './read-policy-resolver.js';

/** What a list read returns: the items (or their JSON text) and, only when asked for, the counts. */
export interface ReadByQueryResult<List = Item[]> {
  data: List;
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
export async function readByQuery<List = Item[]>(
  ctx: ServiceContext,
  collection: string,
  query: Query,
  output: ReadOutput<List, unknown> = itemsOutput as ReadOutput<never, unknown>,
): Promise<ReadByQueryResult<List>> {
  const plan = cachedReadPlan(ctx, collection, query, () => validate(ctx, collection, query));
  const data = await output.list(connectionOf(ctx), plan);
  if (!query.meta || query.meta.length === 0) return { data };
  return { data, meta: await executeMeta(connectionOf(ctx), plan.node, query.meta) };
}

/** Like {@link readByQuery} for at most one item: the item, or `null`. */
export async function readOneByQuery<One = Item | null>(
  ctx: ServiceContext,
  collection: string,
  query: Query,
  output: ReadOutput<unknown, One> = itemsOutput as ReadOutput<unknown, never>,
): Promise<One> {
  const plan = cachedReadPlan(ctx, collection, query, () => validate(ctx, collection, query));
  return output.one(connectionOf(ctx), plan);
}

/**
 * Reads the item with primary key `key`, under `query` narrowed to it (`scope`). The plan is compiled
 * once with a stand-in key and reused for every key, so a by-key read skips validation.
 */
export async function readOneByKey<One = Item | null>(
  ctx: ServiceContext,
  overview: CollectionOverview,
  key: PrimaryKey,
  query: Query,
  scope: KeyScope,
  output: ReadOutput<unknown, One> = itemsOutput as ReadOutput<unknown, never>,
): Promise<One> {
  const { collection, primary } = overview;
  const keyField = overview.fields[primary];
  const byQuery = () => readOneByQuery(ctx, collection, keyScopedQuery(query, primary, key, scope), output);
  if (!keyField) return byQuery();
  const standIn = keyStandIn(keyField);
  const template = keyTemplate(query, primary, standIn, scope);
  const plan = withKey(
    cachedReadPlan(ctx, collection, template, () => validate(ctx, collection, template)),
    standIn,
    // What validation would have made of the key: UUIDs compare in lower case.
    keyField.type === 'uuid' ? String(key).toLowerCase() : key,
  );
  return plan ? output.one(connectionOf(ctx), plan) : byQuery();
}
