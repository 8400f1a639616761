import type { Query } from '@plinth/types';
import { assertRelationalDepth } from './assert-relational-depth.js';
import { parseAggregate } from './lib/parse-aggregate.js';
import { parseAlias } from './lib/parse-alias.js';
import { parseDeep } from './lib/parse-deep.js';
import { parseExport } from './lib/parse-export.js';
import { parseFieldList } from './lib/parse-field-list.js';
import { parseFlag } from './lib/parse-flag.js';
import { parseInteger } from './lib/parse-integer.js';
import { parseLimit } from './lib/parse-limit.js';
import { parseMeta } from './lib/parse-meta.js';
import { parseSearch } from './lib/parse-search.js';
import { parseVersion } from './lib/parse-version.js';
import type { SanitizeContext } from './lib/sanitize-context.js';
import { parseFilter } from './parse-filter.js';

/** Options of {@link parseQuery}; the app reads them from its configuration. */
export interface ParseQueryOptions {
  /** Page size when `limit` is not given (`QUERY_LIMIT_DEFAULT`). */
  defaultLimit: number;
  /** Largest `limit` accepted; `-1` becomes this (`QUERY_LIMIT_MAX`). `Infinity` for no cap. */
  maxLimit: number;
  /** Deepest field path in fields, filter, sort and deep (`MAX_RELATIONAL_DEPTH`); below 2 counts as 2. */
  maxRelationalDepth: number;
  /**
   * Deepest `json(field, path)` path (`MAX_JSON_QUERY_DEPTH`).
   * @default 10
   */
  maxJsonQueryDepth?: number;
}

/**
 * Turns query parameters, as `qs` decoded them (depth 10, arrayLimit 500), into a sanitized {@link Query}.
 * Both wire encodings are accepted: the SDK's (`filter` and `deep` as JSON text, lists as comma text) and
 * bracket syntax (`filter[a][_eq]=1`, `fields[]=a`). `fields` defaults to `*` when any parameter is given, and
 * `limit` to `defaultLimit` (capped by `maxLimit`). Unknown parameters are ignored. Nothing here knows the
 * schema: field existence, operator/type fit and permissions are checked afterwards.
 *
 * @throws INVALID_QUERY (`InvalidQueryError`) with a `reason` for anything malformed, and only that.
 */
export function parseQuery(raw: Record<string, unknown>, options: ParseQueryOptions): Query {
  const context: SanitizeContext = { maxJsonQueryDepth: 10, ...options };
  const param = (name: string): unknown => (Object.hasOwn(raw, name) ? raw[name] : undefined);
  const query: Query = {};

  query.fields = parseFieldList(param('fields'), 'fields', context, { allowWildcards: true });
  if (query.fields === null) query.fields = Object.keys(raw).length > 0 ? ['*'] : null;

  const filter = param('filter');
  query.filter =
    filter === undefined || filter === null || filter === ''
      ? null
      : parseFilter(filter, { maxJsonQueryDepth: context.maxJsonQueryDepth });

  query.sort = parseFieldList(param('sort'), 'sort', context, {
    allowWildcards: false,
    allowDescending: true,
  });
  query.limit = parseLimit(param('limit'), 'limit', context.maxLimit) ?? defaultLimit(options);
  query.offset = parseInteger(param('offset'), 'offset', 0);
  query.page = parseInteger(param('page'), 'page', 0);
  query.search = parseSearch(param('search'), 'search');
  query.meta = parseMeta(param('meta'));
  query.aggregate = parseAggregate(param('aggregate'), 'aggregate', context);
  query.groupBy = parseFieldList(param('groupBy'), 'groupBy', context, { allowWildcards: false });
  query.deep = parseDeep(param('deep'), context);
  query.alias = parseAlias(param('alias'), 'alias', context);
  query.export = parseExport(param('export'));
  query.version = parseVersion(param('version'));

  const versionRaw = parseFlag(param('versionRaw'), 'off');
  if (versionRaw !== undefined) query.versionRaw = versionRaw;
  const backlink = parseFlag(param('backlink'), 'on');
  if (backlink !== undefined) query.backlink = backlink;

  assertRelationalDepth(query, context.maxRelationalDepth);
  return withoutNulls(query);
}

function defaultLimit({ defaultLimit, maxLimit }: ParseQueryOptions): number {
  if (defaultLimit === -1) return Number.isFinite(maxLimit) ? maxLimit : -1;
  return Math.min(defaultLimit, maxLimit);
}

/** Drops "not given" keys so a query compares and serializes by what it actually asks for. */
function withoutNulls(query: Query): Query {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== null)) as Query;
}
