import { ForbiddenError } from '@plinth/errors';
import type { ServiceContext } from '../../context/service-context.js';
import type { SystemCollection } from '../system-collection.js';
import { assertCommentTarget } from './assert-comment-target.js';
import { notifyMentions } from './notify-mentions.js';

/** Comments are someone's: a caller without a user (a share, the public) may not write them. */
function assertUser(ctx: ServiceContext): void {
  if (ctx.accountability !== null && !ctx.accountability.user) throw new ForbiddenError();
}

/**
 * `directus_comments` behind `/comments`: the standard CRUD for callers with a user. A new comment must
 * point at an item the caller can read; `user_created`/`date_created` (and `user_updated`/`date_updated`
 * on edits) are set by the server from the collection's field specials. Who may edit or delete which
 * comment is up to the permissions: app users' built-in rules allow only their own. Users mentioned
 * in a new comment (`@<user id>`) who can read the item get a notification.
 */
export const commentsCollection: SystemCollection = {
  collection: 'directus_comments',
  async prepareCreate(trx, payload) {
    assertUser(trx);
    await assertCommentTarget(trx, payload);
    return payload;
  },
  async prepareUpdate(trx, _keys, payload) {
    assertUser(trx);
    return payload;
  },
  async beforeDelete(trx) {
    assertUser(trx);
  },
  async afterWrite(trx, action, payloads) {
    if (action !== 'create') return;
    for (const payload of payloads) {
      const { collection, item, comment } = payload as Record<string, string>;
      await notifyMentions(trx, { collection: collection!, item: item!, comment: comment! });
    }
  },
};
