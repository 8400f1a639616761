import * as client from 'openid-client';
import { profileFromClaims } from './profile-from-claims.js';
import type { ProfileKeys, RedirectLoginProvider } from './redirect-login-provider.js';
import { startAuthorization } from './start-authorization.js';
import { toRedirectLoginError } from './to-redirect-login-error.js';

/** Options of {@link createOpenIdLoginProvider} (`AUTH_<NAME>_*` of an `openid` provider). */
export interface OpenIdLoginOptions extends ProfileKeys {
  /** The provider's name, for errors. */
  name: string;
  /** Where `/.well-known/openid-configuration` is found (`ISSUER_URL`). */
  issuerUrl: string;
  clientId: string;
  /** Absent for a public client, which then relies on PKCE alone. */
  clientSecret?: string | undefined;
  /** @default `openid profile email` */
  scope: string;
  /** Extra authorization request parameters (`PARAMS`, a JSON object). @default {} */
  params: Record<string, string>;
  /** Refuse users whose `email_verified` claim is not true (`REQUIRE_VERIFIED_EMAIL`). @default false */
  requireVerifiedEmail: boolean;
}

/** Discovery over plain http only happens when the operator configured an http issuer (local IdPs, tests). */
function discoveryOptions(url: URL): client.DiscoveryRequestOptions {
  return url.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {};
}

/**
 * An OpenID Connect login: the provider's metadata is discovered on first use (and again after a
 * failed attempt); the authorization request carries state, nonce and an S256 PKCE challenge; the
 * callback's ID token is verified and the user-info endpoint, when there is one, adds its claims.
 */
export function createOpenIdLoginProvider(options: OpenIdLoginOptions): RedirectLoginProvider {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= (async () => {
      const issuer = new URL(options.issuerUrl);
      return client.discovery(
        issuer,
        options.clientId,
        options.clientSecret,
        undefined,
        discoveryOptions(issuer),
      );
    })();
    discovered.catch(() => {
      discovered = undefined;
    });
    return discovered;
  };

  return {
    driver: 'openid',
    async start({ redirectUri, prompt }) {
      const config = await configuration().catch((error) => {
        throw toRedirectLoginError(error, options.name);
      });
      return startAuthorization(config, {
        redirectUri,
        prompt,
        scope: options.scope,
        params: options.params,
        withNonce: true,
      });
    },

    async finish(callbackUrl, checks, redirectUri) {
      try {
        const config = await configuration();
        const tokens = await client.authorizationCodeGrant(
          config,
          callbackUrl,
          {
            pkceCodeVerifier: checks.codeVerifier,
            expectedState: checks.state,
            ...(checks.nonce === undefined ? {} : { expectedNonce: checks.nonce }),
          },
          { redirect_uri: redirectUri },
        );
        const idClaims = tokens.claims();
        let claims: Record<string, unknown> = { ...idClaims };
        if (config.serverMetadata().userinfo_endpoint && idClaims) {
          claims = { ...claims, ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)) };
        }
        const profile = profileFromClaims(claims, options);
        if (options.requireVerifiedEmail && profile.emailVerified !== true) {
          throw new Error('The provider has not verified the email');
        }
        return profile;
      } catch (error) {
        throw toRedirectLoginError(error, options.name);
      }
    },
  };
}
