import type { ExternalProfile } from '../external-profile.js';

/** What a redirect login must remember between sending the browser away and its return. */
export interface RedirectLoginChecks {
  /** Echoed back by the provider; a different one means the callback is not the answer to our request. */
  state: string;
  /** The PKCE secret whose hash went in the authorization request. */
  codeVerifier: string;
  /** Expected in the ID token (OpenID only). */
  nonce?: string | undefined;
}

/** The start of a redirect login: where to send the browser, and what to keep until it comes back. */
export interface RedirectLoginStart {
  url: string;
  checks: RedirectLoginChecks;
}

/**
 * A login through an authorization server that the browser is redirected to (OpenID Connect or plain
 * OAuth2), with the authorization code flow, state and PKCE.
 */
export interface RedirectLoginProvider {
  driver: 'openid' | 'oauth2';
  /** Builds the authorization request. `redirectUri` is this provider's callback URL. */
  start(options: { redirectUri: string; prompt?: string | undefined }): Promise<RedirectLoginStart>;
  /**
   * Checks the callback (`callbackUrl` with its query) against `checks`, trades the code for tokens and
   * reads the user's profile.
   *
   * @throws INVALID_CREDENTIALS when the callback or the exchange fails the checks or is refused;
   * SERVICE_UNAVAILABLE when the provider cannot be reached.
   */
  finish(callbackUrl: URL, checks: RedirectLoginChecks, redirectUri: string): Promise<ExternalProfile>;
}

/** Which profile claims hold what (`AUTH_<NAME>_IDENTIFIER_KEY`, `_EMAIL_KEY`, ...). */
export interface ProfileKeys {
  /** @default `sub` for OpenID, `email` for OAuth2 */
  identifierKey: string;
  /** @default `email` */
  emailKey: string;
  /** @default `given_name` */
  firstNameKey: string;
  /** @default `family_name` */
  lastNameKey: string;
  /** The claim listing the user's groups, for role mapping (`GROUP_CLAIM_NAME`). @default `groups` */
  groupClaimName: string;
}
