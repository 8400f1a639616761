import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A new refresh token: 64 URL-safe characters (384 random bits), the length Directus clients expect. */
export function createRefreshToken(): string {
  return randomBytes(48).toString('base64url');
}

/**
 * The token that replaces `token` when it is rotated: derived with an HMAC keyed by `SECRET`, so only
 * the server can compute it, and computing it twice gives the same answer. That is what lets two
 * concurrent session-mode refreshes receive the same new token although only hashes are stored.
 */
export function nextRefreshToken(secret: string, token: string): string {
  return createHmac('sha384', secret).update('plinth:refresh-rotation:').update(token).digest('base64url');
}

/** What `directus_sessions.token` stores: the SHA-256 of the refresh token, as 64 hex characters. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
