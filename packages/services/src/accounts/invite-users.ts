import { InvalidPayloadError } from '@plinth/errors';
import { withTransaction } from '../context/with-transaction.js';
import { createItem } from '../items/create-item.js';
import { assertWriteAccess } from '../items/lib/write-target.js';
import { updateItem } from '../items/update-item.js';
import { USERS, usersContext } from '../users/lib/users-collection.js';
import type { AccountContext } from './account-runtime.js';
import { findAccountByEmail } from './lib/find-account.js';
import { isUrlAllowed } from './lib/is-url-allowed.js';
import { linkWithToken, publicLink } from './lib/link-with-token.js';
import { signScopedToken } from './lib/scoped-token.js';
import { sendAccountMail } from './lib/send-account-mail.js';

/** The body of `POST /users/invite`. */
export interface InviteInput {
  emails: string[];
  role: string;
  /** Where the link points instead of the app's accept page; must be on `USER_INVITE_URL_ALLOW_LIST`. */
  inviteUrl?: string | undefined;
}

/**
 * `POST /users/invite` (callers who may create users: admins until permissions grant others): creates
 * an `invited` user with the role for every email that has no account yet, in one transaction through
 * the items machinery (so each gets its `create` activity and revision), then emails each invited
 * address a link to choose a password (scope `invite`, valid `USER_INVITE_TOKEN_TTL`). Users already
 * invited get a fresh email (and the new role); users who already have an active (or other) account
 * are left alone.
 *
 * @throws FORBIDDEN for callers who may not create users; INVALID_PAYLOAD for a disallowed `inviteUrl`
 * or an unknown role.
 */
export async function inviteUsers(ctx: AccountContext, input: InviteInput): Promise<void> {
  assertWriteAccess(ctx, USERS, 'create');
  const { settings } = ctx.accounts;
  if (input.inviteUrl !== undefined && !isUrlAllowed(input.inviteUrl, settings.inviteUrlAllowList)) {
    throw new InvalidPayloadError({ reason: `URL "${input.inviteUrl}" can't be used to invite users` });
  }
  const role = await ctx.db
    .selectFrom('directus_roles')
    .select('id')
    .where('id', '=', input.role)
    .executeTakeFirst();
  if (!role) throw new InvalidPayloadError({ reason: `Role "${input.role}" doesn't exist` });

  const toEmail = await withTransaction(ctx, async (trx) => {
    const recipients: string[] = [];
    for (const email of new Set(input.emails.map((entry) => entry.trim()))) {
      const existing = await findAccountByEmail(trx.db, email);
      if (existing && existing.status !== 'invited') continue;
      if (!existing) {
        await createItem(usersContext(trx), USERS, {
          email,
          role: input.role,
          status: 'invited',
          provider: 'default',
        });
      } else if (existing.role !== input.role) {
        // Invited again with another role: as in Directus, the new invitation's role wins.
        await updateItem(usersContext(trx), USERS, existing.id, { role: input.role });
      }
      recipients.push(existing?.email ?? email);
    }
    return recipients;
  });

  const base = input.inviteUrl ?? publicLink(settings.publicUrl, '/admin/accept-invite');
  for (const email of toEmail) {
    const token = await signScopedToken({ scope: 'invite', email }, ctx.auth.signingKey, settings.inviteTtl);
    const mail = {
      to: email,
      template: 'user-invitation' as const,
      url: linkWithToken(base, token),
      ttl: settings.inviteTtl,
    };
    // As in Directus, an email that cannot go out is logged: the invited users exist either way.
    await sendAccountMail(ctx.accounts, mail).catch((error: unknown) =>
      ctx.accounts.onMailError(error, mail.template),
    );
  }
}
