import { InvalidCredentialsError, InvalidPayloadError, isPlinthError } from '@plinth/errors';
import { type AuthRuntime, loginWithExternalProfile } from '@plinth/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AuthCookies, clearingOptions } from '../../auth/auth-cookies.js';
import { requestOrigin } from '../../auth/request-origin.js';
import { isRedirectAllowed } from '../../auth/sso/is-redirect-allowed.js';
import type { LoginFlowCookie } from '../../auth/sso/login-flow-cookie.js';
import type { RedirectSsoProvider } from '../../auth/sso/sso-provider.js';
import { sendTokens } from './send-tokens.js';

/** What the redirect-login routes of one provider need. */
export interface SsoRedirectRoutesOptions {
  provider: RedirectSsoProvider;
  auth: AuthRuntime;
  cookies: AuthCookies;
  flowCookie: LoginFlowCookie;
  publicUrl: string;
}

type Query = Record<string, unknown>;
const unauthenticated = { config: { skipAuthentication: true } };

function queryText(query: Query, key: string): string | undefined {
  const value = query[key];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new InvalidPayloadError({ reason: `"${key}" must be a string` });
  return value;
}

/** `redirect` with `?reason=<CODE>` added, where a failed login sends the browser. */
function withReason(redirect: string, error: unknown): string {
  const url = new URL(redirect);
  url.searchParams.set('reason', isPlinthError(error) ? error.code : 'INTERNAL_SERVER_ERROR');
  return url.href;
}

/**
 * The redirect login of one OpenID or OAuth2 provider:
 * `GET /auth/login/<name>?redirect=&prompt=&otp=` sends the browser to the provider, keeping state, nonce
 * and the PKCE verifier in the signed `<driver>.<name>` cookie; `GET /auth/login/<name>/callback` checks
 * the answer against that cookie and logs the user in: with a `redirect`, by the provider's mode
 * (session or refresh cookie) and a 302 there (failures go there too, as `?reason=<CODE>`); without,
 * as JSON tokens. `POST .../callback` (providers answering with `form_post`) 303s to the GET, so the
 * SameSite=Lax cookie comes along. Every callback takes a point of the caller's IP in the login throttle
 * (given back on success), so a flood of forged callbacks ends in REQUESTS_EXCEEDED.
 */
export function createSsoRedirectRoutes(options: SsoRedirectRoutesOptions) {
  const { provider, auth, cookies, flowCookie, publicUrl } = options;
  const cookieName = flowCookie.name(provider);
  const path = `/auth/login/${provider.name}`;

  return async function ssoRedirectRoutes(app: FastifyInstance): Promise<void> {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    app.get<{ Querystring: Query }>(path, unauthenticated, async (request, reply) => {
      const redirect = queryText(request.query, 'redirect');
      if (redirect !== undefined && !isRedirectAllowed(redirect, publicUrl, provider.redirectAllowList)) {
        throw new InvalidPayloadError({ reason: `The redirect "${redirect}" is not allowed` });
      }
      const start = await provider.login.start({
        redirectUri: provider.redirectUri,
        prompt: queryText(request.query, 'prompt'),
      });
      const otp = queryText(request.query, 'otp');
      reply.setCookie(
        cookieName,
        flowCookie.write({ checks: start.checks, redirect, otp }),
        flowCookie.options,
      );
      return reply.redirect(start.url, 302);
    });

    app.post(`${path}/callback`, unauthenticated, async (request, reply) => {
      const body = request.body;
      const params =
        typeof body === 'object' && body !== null && !Array.isArray(body)
          ? new URLSearchParams(
              Object.entries(body).map(([key, value]): [string, string] => [key, String(value)]),
            )
          : new URLSearchParams();
      return reply.redirect(`${path}/callback?${params}`, 303);
    });

    app.get(`${path}/callback`, unauthenticated, async (request, reply) => {
      const flow = flowCookie.read(request.cookies[cookieName]);
      // One flow, one callback: the cookie goes whatever the outcome.
      reply.clearCookie(cookieName, clearingOptions(flowCookie.options));
      const redirect = flow?.redirect;
      const origin = requestOrigin(request);
      // Callbacks count against the caller's IP like password logins, so forged ones cannot be replayed at will.
      const throttleKeys = { account: null, ip: origin.ip };
      try {
        await auth.throttle.begin(throttleKeys);
        if (!flow) throw new InvalidCredentialsError();
        const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const callbackUrl = new URL(`${provider.redirectUri}${search}`);
        const profile = await provider.login.finish(callbackUrl, flow.checks, provider.redirectUri);
        const tokens = await loginWithExternalProfile({ ...request.ctx, auth }, profile, provider.policy, {
          mode: redirect === undefined ? 'json' : provider.mode,
          otp: flow.otp,
          ...origin,
        });
        await auth.throttle.succeeded(throttleKeys);
        const body = sendTokens(reply, tokens, cookies);
        return redirect === undefined ? body : reply.redirect(redirect, 302);
      } catch (error) {
        if (redirect === undefined) throw error;
        return failTo(request, reply, redirect, error);
      }
    });
  };
}

function failTo(request: FastifyRequest, reply: FastifyReply, redirect: string, error: unknown) {
  if (!isPlinthError(error)) request.log.error({ err: error }, 'SSO callback failed');
  return reply.redirect(withReason(redirect, error), 302);
}
