import * as client from 'openid-client';
import { profileFromClaims } from './profile-from-claims.js';
import type { ProfileKeys, RedirectLoginProvider } from './redirect-login-provider.js';
import { startAuthorization } from './start-authorization.js';
import { toRedirectLoginError } from './to-redirect-login-error.js';

/** Options of {@link createOAuth2LoginProvider} (`AUTH_<NAME>_*` of an `oauth2` provider). */
export interface OAuth2LoginOptions extends ProfileKeys {
  /** The provider's name, for errors. */
  name: string;
  /** Where the browser is sent (`AUTHORIZE_URL`). */
  authorizeUrl: string;
  /** Where the code is traded for an access token (`ACCESS_URL`). */
  accessUrl: string;
  /** Where the user's profile is read with the access token (`PROFILE_URL`). */
  profileUrl: string;
  clientId: string;
  clientSecret?: string | undefined;
  /** @default `email` */
  scope: string;
  /** Extra authorization request parameters (`PARAMS`, a JSON object). @default {} */
  params: Record<string, string>;
}

/**
 * A plain OAuth2 login (GitHub and the like): the endpoints are configured rather than discovered;
 * the authorization request carries state and an S256 PKCE challenge; the profile is whatever JSON the
 * profile URL answers with the access token.
 */
export function createOAuth2LoginProvider(options: OAuth2LoginOptions): RedirectLoginProvider {
  const authorize = new URL(options.authorizeUrl);
  const config = new client.Configuration(
    {
      issuer: authorize.origin,
      authorization_endpoint: options.authorizeUrl,
      token_endpoint: options.accessUrl,
    },
    options.clientId,
    options.clientSecret,
  );
  const urls = [authorize, new URL(options.accessUrl), new URL(options.profileUrl)];
  // Plain http only when the operator configured it (a local provider, tests).
  if (urls.some((url) => url.protocol === 'http:')) client.allowInsecureRequests(config);

  return {
    driver: 'oauth2',
    start: ({ redirectUri, prompt }) =>
      startAuthorization(config, {
        redirectUri,
        prompt,
        scope: options.scope,
        params: options.params,
        withNonce: false,
      }),

    async finish(callbackUrl, checks, redirectUri) {
      try {
        const tokens = await client.authorizationCodeGrant(
          config,
          callbackUrl,
          { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state },
          { redirect_uri: redirectUri },
        );
        const response = await client.fetchProtectedResource(
          config,
          tokens.access_token,
          new URL(options.profileUrl),
          'GET',
        );
        if (!response.ok) throw new Error(`The profile URL answered ${response.status}`);
        const claims = (await response.json()) as Record<string, unknown>;
        return profileFromClaims(claims, options);
      } catch (error) {
        throw toRedirectLoginError(error, options.name);
      }
    },
  };
}
