import { isAccessToken } from '@plinth/services';

/**
 * When an access token stops being valid (epoch milliseconds), or null for tokens that do not expire
 * (static tokens). The token has been verified already; this only reads its `exp`.
 */
export function tokenExpiry(token: string): number | null {
  if (!isAccessToken(token)) return null;
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload?.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
