import { type AuthRuntime, type RequestOrigin, toAccountability } from '@plinth/services';
import type { Accountability } from '@plinth/types';

type Database = Parameters<AuthRuntime['access']['forUser']>[0];

/**
 * A socket's caller looked up again, as their next HTTP request would be: current roles and policies,
 * or null once the user is no longer active. Anonymous callers come back as they are.
 */
export async function refreshCaller(
  auth: AuthRuntime,
  db: Database,
  caller: Accountability,
  origin: RequestOrigin,
): Promise<Accountability | null> {
  if (caller.user === null) return caller;
  const access = await auth.access.forUser(db, caller.user);
  if (access?.status !== 'active') return null;
  return toAccountability(access, origin, caller.session ? { session: caller.session } : {});
}
