import { ForbiddenError } from '@plinth/errors';
import { type CallerPermissions, toWritePolicy, type WritePolicy } from '@plinth/permissions';
import type { ServiceContext } from '../../context/service-context.js';
import { collectionForbidden } from '../../lib/collection-forbidden.js';
import { settledCallerPermissions } from '../../permissions/caller-permissions.js';

/** The mutation a caller asks for, as permissions name it. */
export type WriteAction = 'create' | 'update' | 'delete';

function noRule(collection: string, action: WriteAction): ForbiddenError {
  return action === 'create' ? writeForbidden(collection, action) : collectionForbidden(collection);
}

const merged = new WeakMap<CallerPermissions, Map<string, WritePolicy | null>>();

/**
 * The 403 for a write the caller may not make, worded as the reference words each case: a create without
 * a rule; an update or delete without a rule (the collection is as good as missing); an update or delete
 * whose rows are not all inside the rules (an update names its payload's fields).
 */
export function writeForbidden(
  collection: string,
  action: WriteAction,
  fields: readonly string[] = [],
): ForbiddenError {
  if (action === 'create')
    return new ForbiddenError({
      reason: `You don't have permission to "create" from collection "${collection}" or it does not exist.`,
    });
  if (fields.length > 0)
    return new ForbiddenError({
      reason: `You don't have permissions to perform "${action}" for the field(s) ${fields.map((field) => `"${field}"`).join(', ')} in collection "${collection}" or it does not exist.`,
    });
  return new ForbiddenError({
    reason: `You don't have permission to perform "${action}" for collection "${collection}" or it does not exist.`,
  });
}

/**
 * What the caller's rules allow for `action` on `collection`: null when no rule binds them (admins and
 * the trusted system). The rules are merged once per resolved permission set.
 *
 * @throws FORBIDDEN when the caller has no rule for the action: the create message, or for updates and
 * deletes the collection message (their access check reads the rows under the action's rules).
 */
export function writePolicyOf(
  ctx: Pick<ServiceContext, 'accountability'>,
  collection: string,
  action: WriteAction,
): WritePolicy | null {
  if (ctx.accountability === null || ctx.accountability.admin) return null;
  const permissions = settledCallerPermissions(ctx);
  if (permissions === null) return null;
  if (permissions === undefined) throw noRule(collection, action);
  let byAction = merged.get(permissions);
  if (!byAction) {
    byAction = new Map();
    merged.set(permissions, byAction);
  }
  const key = `${action}\u0000${collection}`;
  if (!byAction.has(key)) byAction.set(key, toWritePolicy(permissions.rules(collection, action)));
  const policy = byAction.get(key) ?? null;
  if (!policy) throw noRule(collection, action);
  return policy;
}
