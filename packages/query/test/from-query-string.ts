import qs from 'qs';

/** Decodes a query string exactly as the server does (`qs`, depth 10, arrayLimit 500). */
export function fromQueryString(text: string): Record<string, unknown> {
  return qs.parse(text, { depth: 10, arrayLimit: 500 }) as Record<string, unknown>;
}
