import { InvalidCredentialsError } from '@plinth/errors';
import type { ServiceContext } from '../../context/service-context.js';

/** The calling user's id. @throws INVALID_CREDENTIALS when nobody is logged in (anonymous, share). */
export function currentUserId(ctx: Pick<ServiceContext, 'accountability'>): string {
  const user = ctx.accountability?.user;
  if (!user) throw new InvalidCredentialsError();
  return user;
}
