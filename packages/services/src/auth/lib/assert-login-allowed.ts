import { InvalidCredentialsError, UserSuspendedError } from '@plinth/errors';
import type { UserAccess } from '../access/user-access.js';

/**
 * Only active users get tokens. A suspended one is told so (the wire's USER_SUSPENDED); any other
 * status (invited, draft, archived, unverified) or a missing user is an ordinary credentials failure.
 */
export function assertLoginAllowed(access: UserAccess | null): asserts access is UserAccess {
  if (access?.status === 'active') return;
  if (access?.status === 'suspended') throw new UserSuspendedError();
  throw new InvalidCredentialsError();
}
