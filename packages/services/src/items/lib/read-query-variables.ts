import { collectVariables, fetchVariableValues, resolveVariables } from '@plinth/permissions';
import type { Query } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { isSharedQuery } from './shared-query.js';

const anonymous = { user: null, role: null, roles: [], policies: [] };

// Shared queries known to hold no variable: a repeated request skips the walk.
const withoutVariables = new WeakSet<Query>();

/**
 * The query with `$CURRENT_USER`, `$CURRENT_ROLE(S)` and `$CURRENT_POLICIES` (paths included, such as
 * `$CURRENT_USER.department`) in its `filter` and `deep` replaced by the caller's values, before it is
 * validated. `$NOW` stays for validation to resolve. Queries without such variables come back as they are.
 */
export async function resolveQueryVariables(
  ctx: Pick<ServiceContext, 'accountability' | 'db' | 'schema'>,
  query: Query,
): Promise<Query> {
  if (withoutVariables.has(query)) return query;
  const scope = { filter: query.filter, deep: query.deep };
  const variables = collectVariables(scope);
  if (variables.size === 0) {
    if (isSharedQuery(query)) withoutVariables.add(query);
    return query;
  }
  const subject = ctx.accountability ?? anonymous;
  const values = await fetchVariableValues(ctx.db, ctx.schema, subject, variables);
  const resolved = resolveVariables(scope, values);
  const result: Query = { ...query };
  if (resolved.filter !== undefined) result.filter = resolved.filter;
  if (resolved.deep !== undefined) result.deep = resolved.deep;
  return result;
}
