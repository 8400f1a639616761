import type { FastifyRequest } from 'fastify';
import { extractToken } from '../../../auth/extract-token.js';
import { tokenExpiry } from './token-expiry.js';

/**
 * When the token an upgrade request authenticated with (query or session cookie) expires, in epoch
 * ms; null without one or for a static token.
 */
export function upgradeTokenExpiry(request: FastifyRequest, cookieName: string): number | null {
  try {
    const extracted = extractToken(request, cookieName);
    return extracted ? tokenExpiry(extracted.token) : null;
  } catch {
    return null;
  }
}
