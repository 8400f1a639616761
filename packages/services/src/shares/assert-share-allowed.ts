import { ForbiddenError } from '@plinth/errors';
import { toWritePolicy } from '@plinth/permissions';
import type { ServiceContext } from '../context/service-context.js';
import { readKey } from '../items/lib/read-key.js';
import { assertKeysAllowed } from '../items/lib/write-permissions.js';
import { callerPermissions } from '../permissions/caller-permissions.js';

function shareForbidden(collection: string): ForbiddenError {
  return new ForbiddenError({
    reason: `You don't have permission to perform "share" for collection "${collection}" or it does not exist.`,
  });
}

/**
 * Refuses to let the caller share `item` of `collection` unless a `share` rule of theirs covers it: the
 * collection must exist, some rule must grant `share` there, and the item must exist and match the
 * OR of those rules' item filters. Admins and the trusted system may share anything.
 *
 * @throws FORBIDDEN (the same answer whether the collection, the rule or the item is missing).
 */
export async function assertShareAllowed(
  ctx: ServiceContext,
  collection: unknown,
  item: unknown,
): Promise<void> {
  const caller = await callerPermissions(ctx);
  if (caller === null) return;
  const name = typeof collection === 'string' ? collection : '';
  const overview = ctx.schema.collections[name];
  const policy = toWritePolicy(caller.rules(name, 'share'));
  if (!overview || name.startsWith('directus_') || policy === null) throw shareForbidden(name);
  let key: ReturnType<typeof readKey>;
  try {
    key = readKey(overview, item);
  } catch {
    throw shareForbidden(name);
  }
  try {
    await assertKeysAllowed(ctx, overview, policy, [key], 'update');
  } catch {
    throw shareForbidden(name);
  }
}
