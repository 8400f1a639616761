import { parse } from 'qs';

/** Limits for the query-string parser, from QUERYSTRING_MAX_PARSE_DEPTH and QUERYSTRING_ARRAY_LIMIT. */
export interface QueryStringLimits {
  depth: number;
  arrayLimit: number;
}

/**
 * Builds Fastify's query-string parser. Both wire encodings arrive here: JSON strings as the SDK
 * sends them (`filter={"a":{"_eq":1}}`) pass through as strings; bracket form (`filter[a][_eq]=1`)
 * becomes nested objects, as qs-style clients expect.
 */
export function createQueryStringParser(
  limits: QueryStringLimits,
): (text: string) => Record<string, unknown> {
  return (text) => parse(text, { depth: limits.depth, arrayLimit: limits.arrayLimit, allowDots: false });
}
