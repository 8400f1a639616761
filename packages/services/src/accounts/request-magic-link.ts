import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import { stall } from '../auth/lib/stall.js';
import { DEFAULT_PROVIDER } from '../auth/login-with-password.js';
import type { AccountContext } from './account-runtime.js';
import { findAccountByEmail } from './lib/find-account.js';
import { isUrlAllowed } from './lib/is-url-allowed.js';
import { fetchLastAccess, lastAccessDigest } from './lib/last-access.js';
import { linkWithToken, publicLink } from './lib/link-with-token.js';
import { signScopedToken } from './lib/scoped-token.js';
import { sendAccountMailInBackground } from './lib/send-account-mail.js';

/** The body of `POST /auth/magic-link/request`. */
export interface MagicLinkRequest {
  email: string;
  /** Where the link points instead of the app's page; must be on `MAGIC_LINK_URL_ALLOW_LIST`. */
  redirectUrl?: string | undefined;
}

/**
 * `POST /auth/magic-link/request` (a Plinth extension): emails an active local user a one-time link that
 * logs them in without a password. Its token (scope `magic-link`) carries a digest of the user's
 * `last_access`, which every login and refresh moves, so it dies once used or once the user logs in
 * (or refreshes) any other way; it also expires after `MAGIC_LINK_TTL`. Unknown emails are skipped silently, and every call takes at least
 * `LOGIN_STALL_TIME`.
 *
 * @throws FORBIDDEN when magic links are off; INVALID_PAYLOAD when `redirectUrl` is not allowed.
 */
export async function requestMagicLink(ctx: AccountContext, input: MagicLinkRequest): Promise<void> {
  const startedAt = performance.now();
  const { settings } = ctx.accounts;
  if (!settings.magicLinkEnabled) throw new ForbiddenError();
  if (input.redirectUrl !== undefined && !isUrlAllowed(input.redirectUrl, settings.magicLinkUrlAllowList)) {
    throw new InvalidPayloadError({ reason: `URL "${input.redirectUrl}" can't be used for magic links` });
  }
  const account = await findAccountByEmail(ctx.db, input.email);
  if (account && account.status === 'active' && account.provider === DEFAULT_PROVIDER) {
    const token = await signScopedToken(
      {
        scope: 'magic-link',
        id: account.id,
        last_access: lastAccessDigest(await fetchLastAccess(ctx.db, account.id)),
      },
      ctx.auth.signingKey,
      settings.magicLinkTtl,
    );
    const base = input.redirectUrl ?? publicLink(settings.publicUrl, '/admin/magic-link');
    sendAccountMailInBackground(ctx.accounts, {
      to: account.email,
      template: 'magic-link',
      url: linkWithToken(base, token),
      ttl: settings.magicLinkTtl,
    });
  }
  await stall(ctx.auth.settings.loginStallTime, startedAt);
}
