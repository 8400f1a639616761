import { ErrorCode } from './error-code.js';
import { isPlinthError } from './is-plinth-error.js';

/** Inputs of {@link errorHeaders}. */
export interface ErrorHeadersOptions {
  /**
   * The current time in epoch milliseconds, for `Retry-After`.
   * @default Date.now()
   */
  now?: number;
}

const toTime = (value: unknown): number => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return Number.NaN;
};

/**
 * The response headers an error asks for: `Retry-After` (whole seconds until the window resets) for
 * `REQUESTS_EXCEEDED`, `Allow` for `METHOD_NOT_ALLOWED`. Accepts what {@link toErrorEnvelope} accepts; other
 * errors add nothing. With several rate-limit errors the longest wait wins.
 */
export function errorHeaders(errors: unknown, options: ErrorHeadersOptions = {}): Record<string, string> {
  const now = options.now ?? Date.now();
  const headers: Record<string, string> = {};
  let retryAfter = -1;

  for (const error of Array.isArray(errors) ? errors : [errors]) {
    if (!isPlinthError(error)) continue;
    const extensions = error.extensions as Record<string, unknown>;

    if (error.code === ErrorCode.RequestsExceeded) {
      const reset = toTime(extensions['reset']);
      if (!Number.isNaN(reset)) retryAfter = Math.max(retryAfter, Math.ceil((reset - now) / 1000), 0);
    }

    const allowed = extensions['allowed'];
    if (error.code === ErrorCode.MethodNotAllowed && Array.isArray(allowed)) {
      headers['Allow'] = allowed.map(String).join(', ');
    }
  }

  if (retryAfter >= 0) headers['Retry-After'] = String(retryAfter);
  return headers;
}
