import type { ServiceContext } from '../../context/service-context.js';

/**
 * After roles, policies, access rows or permissions changed: drops the cached permission rules (here
 * and, through the runtime, on other instances) and every user's cached access, so the next request of
 * anyone affected sees the change.
 */
export async function dropAccessCaches(ctx: ServiceContext): Promise<void> {
  ctx.auth?.access.clear();
  await ctx.permissions?.invalidate();
}
