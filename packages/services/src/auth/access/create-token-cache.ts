import type { AccessTokenClaims } from '../access-token.js';

/**
 * Access tokens that verified, kept until they expire: a client sends the same token with every
 * request for its whole life, and checking an HMAC through WebCrypto costs more than the rest of the
 * authentication. Only a token that verified is ever stored, under its exact text, so a tampered or
 * foreign token can never hit.
 */
export interface TokenCache {
  /** The claims of a token that verified before and has not expired since; undefined otherwise. */
  get(token: string): AccessTokenClaims | undefined;
  set(token: string, claims: AccessTokenClaims): void;
  clear(): void;
}

/** Creates a {@link TokenCache} holding at most `maxEntries` tokens (the oldest go first). */
export function createTokenCache(maxEntries = 10_000): TokenCache {
  const tokens = new Map<string, AccessTokenClaims>();
  return {
    get(token) {
      const claims = tokens.get(token);
      if (claims === undefined) return undefined;
      if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 > Date.now()) return claims;
      tokens.delete(token);
      return undefined;
    },
    set(token, claims) {
      if (typeof claims['exp'] !== 'number') return;
      if (tokens.size >= maxEntries) tokens.delete(tokens.keys().next().value!);
      tokens.set(token, claims);
    },
    clear: () => tokens.clear(),
  };
}
