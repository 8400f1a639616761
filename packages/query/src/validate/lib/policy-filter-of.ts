import type { FilterNode } from '../read-node.js';
import { resolveFilter } from './resolve-filter.js';
import type { ValidateContext } from './validate-context.js';

/**
 * The policy's row filter of a collection, resolved once per query. Inside a policy filter, other
 * collections' policies are not applied again, which also keeps policies that refer to each other finite.
 */
export function policyFilterOf(ctx: ValidateContext, collection: string): FilterNode | null {
  if (ctx.insidePolicy) return null;
  if (ctx.policyFilters.has(collection)) return ctx.policyFilters.get(collection) ?? null;
  const filter = ctx.policy(collection)?.filter;
  ctx.insidePolicy = true;
  try {
    const overview = ctx.schema.collections[collection];
    const resolved =
      filter && overview
        ? resolveFilter(
            ctx,
            { collection, table: overview.schema.name || collection, primaryKey: overview.primary },
            filter,
            [],
          )
        : null;
    ctx.policyFilters.set(collection, resolved);
    return resolved;
  } finally {
    ctx.insidePolicy = false;
  }
}
