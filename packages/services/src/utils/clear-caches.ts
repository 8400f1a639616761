import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { dropAccessCaches } from '../system/lib/drop-access-caches.js';

/**
 * Drops what the server keeps between requests (`POST /utils/cache/clear`): the data model, the
 * resolved permission rules and every user's cached access, here and on the other instances.
 *
 * @throws FORBIDDEN for anyone but an admin.
 */
export async function clearCaches(ctx: ServiceContext): Promise<void> {
  assertAdmin(ctx);
  await ctx.schemaCache.invalidate();
  await dropAccessCaches(ctx);
}
