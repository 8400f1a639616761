import { ForbiddenError } from '@plinth/errors';
import { type PermissionsSummary, summarizePermissions } from '@plinth/permissions';
import type { ServiceContext } from '../../context/service-context.js';
import { callerPermissions } from '../../permissions/caller-permissions.js';

/**
 * `GET /permissions/me`: what the caller may do, per collection and action (`none`, `partial` or
 * `full`, the fields, the merged presets), built-in app permissions included. Admins get every
 * collection with every action `full` on `['*']`.
 *
 * @throws FORBIDDEN for a caller with neither user, role nor share (anonymous).
 */
export async function readPermissionsMe(ctx: ServiceContext): Promise<PermissionsSummary> {
  const accountability = ctx.accountability;
  if (!accountability?.user && !accountability?.role && !accountability?.share) throw new ForbiddenError();
  const caller = (await callerPermissions(ctx)) ?? { admin: true, all: () => [] };
  return summarizePermissions(caller, Object.keys(ctx.schema.collections));
}
