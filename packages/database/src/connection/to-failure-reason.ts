/**
 * A short, credential-free reason for a failed connection: the driver's error code when it has
 * one (`ECONNREFUSED`, `28P01`, `ER_ACCESS_DENIED_ERROR`), else the first line of the message
 * with any `user:password@` part of a URL removed.
 */
export function toFailureReason(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
    if (typeof code === 'number') return String(code);
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  return firstLine.replace(/\/\/[^/@\s]*@/g, '//').trim() || 'unknown error';
}
