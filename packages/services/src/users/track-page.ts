import { InvalidPayloadError } from '@plinth/errors';
import type { ServiceContext } from '../context/service-context.js';
import { currentUserId } from './lib/current-user-id.js';

/**
 * `PATCH /users/me/track/page`: remembers the app page the calling user is on (`last_page`). Bookkeeping
 * rather than an edit, so it bypasses permissions and records no activity.
 *
 * @throws INVALID_CREDENTIALS when nobody is logged in; INVALID_PAYLOAD when `last_page` is not a string.
 */
export async function trackPage(ctx: ServiceContext, lastPage: unknown): Promise<void> {
  const userId = currentUserId(ctx);
  if (typeof lastPage !== 'string') throw new InvalidPayloadError({ reason: '"last_page" is required' });
  await ctx.db.updateTable('directus_users').set({ last_page: lastPage }).where('id', '=', userId).execute();
}
