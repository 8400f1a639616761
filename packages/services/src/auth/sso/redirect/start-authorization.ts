import * as client from 'openid-client';
import type { RedirectLoginStart } from './redirect-login-provider.js';

/** What an authorization request carries besides the checks made here. */
export interface AuthorizationRequest {
  redirectUri: string;
  scope: string;
  /** Extra parameters from the provider's settings. */
  params: Record<string, string>;
  prompt?: string | undefined;
  /** Add a nonce the ID token must echo (OpenID Connect). */
  withNonce: boolean;
}

/**
 * The authorization URL to send the browser to, with a fresh state and S256 PKCE challenge (and nonce),
 * and those checks to keep until the callback.
 */
export async function startAuthorization(
  config: client.Configuration,
  request: AuthorizationRequest,
): Promise<RedirectLoginStart> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = request.withNonce ? client.randomNonce() : undefined;
  const url = client.buildAuthorizationUrl(config, {
    ...request.params,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    ...(nonce ? { nonce } : {}),
    ...(request.prompt ? { prompt: request.prompt } : {}),
  });
  return { url: url.href, checks: { state, codeVerifier, ...(nonce ? { nonce } : {}) } };
}
