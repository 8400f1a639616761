import type { Accountability } from '@plinth/types';
import type { RequestOrigin } from '../lib/request-origin.js';

/**
 * A caller without a user: the public, with no role or rights of its own. Services read a null
 * accountability as the trusted system itself (CLI, bootstrap), so a request always gets one of these.
 */
export function anonymousAccountability(origin: RequestOrigin): Accountability {
  return { user: null, role: null, roles: [], policies: [], admin: false, app: false, ...origin };
}
