import type { ServiceContext } from '../../context/service-context.js';

/** The collection behind `/users`. */
export const USERS = 'directus_users';

/**
 * The caller's context, let into `directus_users` through the items machinery: reads and writes there
 * still apply the caller's read policy and write checks (admins everything, others what permissions grant).
 */
export function usersContext<T extends ServiceContext>(ctx: T): T {
  return { ...ctx, systemAccess: true };
}
