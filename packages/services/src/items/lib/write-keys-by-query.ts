import { executeRead, type ReadPolicyResolver, validateQuery } from '@plinth/query';
import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { callerPermissions } from '../../permissions/caller-permissions.js';
import { readPolicyResolver } from './read-policy-resolver.js';
import { readQuery } from './read-query.js';
import { resolveQueryVariables } from './read-query-variables.js';

/**
 * The policy the key lookup of an update or delete by query runs under. As in the reference, the rows
 * are not limited to those the caller may read (the write's own access check on the keys decides), but
 * the query may still only name fields the caller can read, so it cannot probe hidden values.
 */
function keyLookupPolicy(ctx: ServiceContext, overview: CollectionOverview): ReadPolicyResolver {
  const caller = readPolicyResolver(ctx);
  return (collection) => {
    const policy = caller(collection);
    if (collection !== overview.collection) return policy;
    if (!policy) return { fields: new Set([overview.primary]) };
    const { filter: _rows, ...fields } = policy;
    return fields;
  };
}

/**
 * The keys of the items a query selects, for updates and deletes by query: its filter, search, sort and
 * limit, with only the primary key as field.
 */
export async function writeKeysByQuery(
  ctx: ServiceContext,
  overview: CollectionOverview,
  rawQuery: Record<string, unknown>,
): Promise<PrimaryKey[]> {
  const { fields: _fields, meta: _meta, aggregate: _aggregate, groupBy: _groupBy, ...rest } = rawQuery;
  await callerPermissions(ctx);
  const query = await resolveQueryVariables(ctx, readQuery(ctx, { ...rest, fields: [overview.primary] }));
  const node = validateQuery(query, {
    schema: ctx.schema,
    collection: overview.collection,
    policy: keyLookupPolicy(ctx, overview),
  });
  const rows = (await executeRead({ kysely: ctx.db, client: ctx.database.client }, node)) as Array<
    Record<string, PrimaryKey>
  >;
  return rows.map((row) => row[overview.primary] as PrimaryKey);
}
