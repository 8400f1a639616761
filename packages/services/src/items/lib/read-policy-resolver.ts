import { allowAll, type ReadPolicyResolver } from '@plinth/query';
import type { ServiceContext } from '../../context/service-context.js';

const denyAll: ReadPolicyResolver = () => null;

/**
 * What the caller may read, per collection: everything for admins and the trusted system. Everyone else
 * (anonymous callers included) gets nothing until role and policy permissions resolve here; this is
 * the one place the permissions work plugs into.
 */
export function readPolicyResolver(ctx: Pick<ServiceContext, 'accountability'>): ReadPolicyResolver {
  if (ctx.accountability === null || ctx.accountability.admin) return allowAll;
  return denyAll;
}
