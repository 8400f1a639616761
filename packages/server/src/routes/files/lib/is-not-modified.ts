import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a conditional GET may be answered 304: `If-None-Match` naming the ETag (or `*`), else, without
 * it, `If-Modified-Since` at or after the last modification (whole seconds, as HTTP dates carry).
 */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, modified: Date): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === etag);
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}
