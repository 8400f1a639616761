import {
  type AuthRuntime,
  createAccountRuntime,
  inviteToShare,
  loginWithShare,
  readShareInfo,
  sharesCollection,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { requestOrigin } from '../../auth/request-origin.js';
import { type EnvForAccounts, toAccountRuntimeOptions } from '../../auth/to-account-runtime-options.js';
import { sendTokens } from '../auth/send-tokens.js';
import { createSystemCollectionRoutes } from '../system/create-system-collection-routes.js';
import { parseShareInviteBody } from './parse-share-invite-body.js';
import { parseShareLoginBody } from './parse-share-login-body.js';

/** Options of {@link createSharesRoutes}. */
export interface SharesRoutesOptions {
  /** What `POST /shares/auth` needs to hand out tokens; the route is left out without it. */
  login?: { auth: AuthRuntime; cookies: AuthCookies };
  /** The mail settings `POST /shares/invite` sends with; the route is left out without them. */
  invite?: { env: EnvForAccounts };
}

// A share link must open whatever stale token the browser still sends.
const unauthenticated = { config: { skipAuthentication: true } };

/**
 * `/shares`: the standard CRUD of `directus_shares` (creating one needs the `share` permission on the
 * item), `GET /shares/info/:id` (public facts about a share, for the page a share link opens),
 * `POST /shares/auth` (log in with a share; tokens as `/auth/login` hands them out, `json` unless
 * `mode` says otherwise) and `POST /shares/invite` (email links to a share; 204).
 */
export function createSharesRoutes(options: SharesRoutesOptions = {}) {
  return async function sharesRoutes(app: FastifyInstance): Promise<void> {
    if (options.invite) {
      const accounts = createAccountRuntime({
        ...toAccountRuntimeOptions(options.invite.env),
        onMailError: (error, template) => app.log.error({ err: error, template }, 'sending an email failed'),
      });
      app.addHook('onClose', async () => accounts.mailer.close());
      app.post('/shares/invite', async (request, reply) => {
        await inviteToShare(request.ctx, accounts, parseShareInviteBody(request.body));
        return reply.code(204).send();
      });
    }
    if (options.login) {
      const { auth, cookies } = options.login;
      app.post('/shares/auth', unauthenticated, async (request, reply) => {
        const { mode = 'json', ...input } = parseShareLoginBody(request.body);
        const tokens = await loginWithShare({ ...request.ctx, auth }, input, {
          mode,
          ...requestOrigin(request),
        });
        return sendTokens(reply, tokens, cookies);
      });
    }
    app.get<{ Params: { id: string } }>('/shares/info/:id', unauthenticated, async (request) => ({
      data: await readShareInfo(request.ctx, request.params.id),
    }));
    await app.register(createSystemCollectionRoutes('/shares', sharesCollection));
  };
}
