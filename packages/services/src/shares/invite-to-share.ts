import { ForbiddenError } from '@plinth/errors';
import type { AccountRuntime } from '../accounts/account-runtime.js';
import { publicLink } from '../accounts/lib/link-with-token.js';
import type { ServiceContext } from '../context/service-context.js';
import { readSystemItem } from '../system/read-system-items.js';
import { renderShareInvitation } from './render-share-invitation.js';
import { sharesCollection } from './shares-collection.js';

/** The body of `POST /shares/invite`. */
export interface ShareInviteInput {
  share: string;
  emails: readonly string[];
}

/** How the inviter is named in the email: their name, else their email, else "Someone". */
function nameOf(user: { first_name?: unknown; last_name?: unknown; email?: unknown } | undefined): string {
  const name = [user?.first_name, user?.last_name]
    .filter((part) => typeof part === 'string' && part)
    .join(' ');
  return name || (typeof user?.email === 'string' && user.email) || 'Someone';
}

/**
 * `POST /shares/invite`: emails each address a link to the share's page in the app
 * (`PUBLIC_URL/admin/shared/<id>`). Only users may invite, and only to a share they may read. The
 * emails go out in the background; failures are reported to `onMailError`, not to the caller.
 *
 * @throws FORBIDDEN for a caller without a user, or a share they may not read (or that does not exist).
 */
export async function inviteToShare(
  ctx: ServiceContext,
  accounts: AccountRuntime,
  input: ShareInviteInput,
): Promise<void> {
  const user = ctx.accountability?.user;
  if (!user) throw new ForbiddenError();
  const share = await readSystemItem(ctx, sharesCollection, input.share, { fields: ['id', 'collection'] });
  const inviter = await ctx.db
    .selectFrom('directus_users')
    .select(['first_name', 'last_name', 'email'])
    .where('id', '=', user)
    .executeTakeFirst();
  const url = publicLink(accounts.settings.publicUrl, `/admin/shared/${String(share['id'])}`);
  for (const to of new Set(input.emails)) {
    const message = renderShareInvitation({
      to,
      inviter: nameOf(inviter),
      collection: String(share['collection']),
      url,
    });
    accounts.mailer.send(message).catch((error: unknown) => accounts.onMailError(error, 'share-invitation'));
  }
}
