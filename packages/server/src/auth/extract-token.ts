import { InvalidPayloadError } from '@plinth/errors';
import type { FastifyRequest } from 'fastify';

/** A request's token and where it was found. */
export interface ExtractedToken {
  token: string;
  source: 'query' | 'header' | 'cookie';
}

/**
 * The caller's token from the three places the wire protocol allows: `?access_token=`, an
 * `Authorization: Bearer` header, or the session cookie (only when neither of the others is there).
 * Query and header together are refused, as the reference does.
 */
export function extractToken(request: FastifyRequest, sessionCookieName: string): ExtractedToken | null {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = typeof query?.access_token === 'string' && query.access_token ? query.access_token : null;
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^bearer\s+(.+)$/i.exec(header.trim()) : null;
  const fromHeader = match?.[1]?.trim() ?? null;
  if (fromQuery && fromHeader) {
    throw new InvalidPayloadError({
      reason: 'The request uses more than one method for including an access token',
    });
  }
  if (fromQuery) return { token: fromQuery, source: 'query' };
  if (fromHeader) return { token: fromHeader, source: 'header' };
  const fromCookie = readCookie(request.headers.cookie, sessionCookieName);
  return fromCookie ? { token: fromCookie, source: 'cookie' } : null;
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}
