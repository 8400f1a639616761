import { ForbiddenError } from '@plinth/errors';
import type { ServiceContext } from './service-context.js';

/** Only admins (or the trusted system, with no accountability) may go on; everyone else gets 403. */
export function assertAdmin(ctx: Pick<ServiceContext, 'accountability'>): void {
  if (ctx.accountability === null) return;
  if (ctx.accountability.admin) return;
  throw new ForbiddenError();
}
