import type { Accountability } from '@plinth/types';
import type { RequestOrigin } from '../lib/request-origin.js';
import { isIpAllowed } from './is-ip-allowed.js';
import type { AppliedPolicy, UserAccess } from './user-access.js';

/** The policies that apply from this IP: those whose `ip_access` admits it. */
export function policiesForIp(access: UserAccess, ip: string | null): AppliedPolicy[] {
  return access.policies.filter((policy) => isIpAllowed(ip, policy.ipAccess));
}

/**
 * The accountability of a request by this user from this origin. Admin and app access are OR-ed over
 * the role-tree and user policies that admit the IP; public policies add permissions but no flags.
 */
export function toAccountability(
  access: UserAccess,
  origin: RequestOrigin,
  extra: Pick<Accountability, 'session'> = {},
): Accountability {
  const policies = policiesForIp(access, origin.ip);
  const flagged = policies.filter((policy) => !policy.public);
  const admin = flagged.some((policy) => policy.adminAccess);
  return {
    user: access.user,
    role: access.role,
    roles: [...access.roles],
    policies: policies.map((policy) => policy.id),
    admin,
    app: admin || flagged.some((policy) => policy.appAccess),
    ip: origin.ip,
    userAgent: origin.userAgent,
    origin: origin.origin,
    ...(extra.session === undefined ? {} : { session: extra.session }),
  };
}
