import type { ServiceContext } from '../../context/service-context.js';
import { callerPermissions } from '../../permissions/caller-permissions.js';

/**
 * Resolves the caller's permissions before a read validates against them. Admins and the trusted
 * system are bound by no rule and every read path checks for them first, so they resolve nothing
 * (no promise, nothing remembered per request).
 */
export function readCallerPermissions(
  ctx: Pick<ServiceContext, 'accountability' | 'permissions' | 'db' | 'schema'>,
): Promise<unknown> | undefined {
  const { accountability } = ctx;
  if (accountability === null || accountability.admin) return undefined;
  return callerPermissions(ctx);
}
