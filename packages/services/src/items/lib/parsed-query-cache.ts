import type { Query } from '@plinth/types';
import type { ServiceLimits } from '../../context/service-context.js';
import { shareQuery } from './shared-query.js';

const PARSED_QUERIES = 1_000;

/**
 * A key naming a raw query whose every leaf is a string (what both query string parsers produce), or
 * null for anything else (numbers, booleans, sparse arrays from in-process callers), which JSON text
 * would not tell apart from their look-alikes. Flat queries, the common case, are keyed without JSON.
 */
export function rawQueryKey(raw: Record<string, unknown>): string | null {
  if (!isPlainRecord(raw)) return null;
  let key = '';
  for (const name in raw) {
    const value = raw[name];
    if (typeof value !== 'string') return hasOnlyStringLeaves(raw, 0) ? `{${JSON.stringify(raw)}` : null;
    // Lengths first, so no two queries share a key whatever their text holds.
    key += `${name.length}:${name}${value.length}:${value}`;
  }
  return key;
}

function isPlainRecord(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function hasOnlyStringLeaves(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || depth > 32) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !hasOnlyStringLeaves(value[i], depth + 1)) return false;
    }
    return true;
  }
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    if (!hasOnlyStringLeaves((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function limitsKey(limits: ServiceLimits): string {
  return `${limits.queryLimitDefault},${limits.queryLimitMax},${limits.maxRelationalDepth},${limits.maxJsonQueryDepth}`;
}

/** Parsed queries by raw query and limits: the same frozen object for the same parameters. */
export interface ParsedQueryCache {
  /** The cached parse of `raw` under `limits`, or `parse()`'s answer (remembered unless it throws). */
  get(raw: Record<string, unknown>, limits: ServiceLimits, parse: () => Query): Query;
}

/** Creates a {@link ParsedQueryCache} keeping the last {@link PARSED_QUERIES} distinct queries. */
export function createParsedQueryCache(size = PARSED_QUERIES): ParsedQueryCache {
  const parsed = new Map<string, Query>();
  return {
    get(raw, limits, parse) {
      const text = rawQueryKey(raw);
      if (text === null) return parse();
      const key = `${limitsKey(limits)}\u0000${text}`;
      const known = parsed.get(key);
      if (known) return known;
      const query = shareQuery(parse());
      parsed.set(key, query);
      if (parsed.size > size) parsed.delete(parsed.keys().next().value as string);
      return query;
    },
  };
}
