import type { Query } from '@plinth/types';
import { parseFieldReference } from '../parse-field-reference.js';
import { buildLevel } from './lib/build-level.js';
import type { LevelInput } from './lib/level-input.js';
import { resolveAggregate } from './lib/resolve-aggregate.js';
import { resolveSort } from './lib/resolve-sort.js';
import { targetOf, type ValidateContext } from './lib/validate-context.js';
import type { ReadNode } from './read-node.js';
import { allowAll, type ReadPolicyResolver } from './read-policy.js';

/** Options of {@link validateQuery}. */
export interface ValidateQueryOptions {
  schema: import('@plinth/types').SchemaOverview;
  /** The collection read at the root. */
  collection: string;
  /**
   * What the caller may read per collection; applied at every level the read touches.
   * @default full access (admin)
   */
  policy?: ReadPolicyResolver;
  /** The time `$NOW` means. @default new Date() */
  now?: Date;
  /** Rows per nested o2m/m2m/m2a list when `deep` gives no `_limit`. @default 100 */
  nestedLimit?: number;
  /** Fields when the query has none (a request without parameters). @default ['*'] */
  defaultFields?: string[];
}

function rootInput(ctx: ValidateContext, query: Query, options: ValidateQueryOptions): LevelInput {
  const target = targetOf(ctx, options.collection, []);
  const fields = query.fields && query.fields.length > 0 ? query.fields : (options.defaultFields ?? ['*']);
  const sortField = ctx.schema.collections[options.collection]?.sortField ?? null;
  return {
    target,
    references: fields.map((text) => parseFieldReference(text)),
    params: {
      filter: query.filter ?? null,
      sort: query.sort ?? null,
      limit: query.limit ?? null,
      offset: query.offset ?? null,
      page: query.page ?? null,
      search: query.search ?? null,
      alias: query.alias ?? null,
    },
    deep: (query.deep as LevelInput['deep']) ?? null,
    path: [],
    via: null,
    defaultSort: sortField,
    defaultLimit: null,
  };
}

/**
 * Validates a parsed query against the schema and the caller's policy, and resolves it into the read
 * tree {@link compileRead} turns into one statement: wildcards expanded, dot paths followed through m2o,
 * o2m, m2m (through the junction) and m2a (per `field:collection` scope), aliases and `deep` applied,
 * operators and functions checked per field type, filter values cast, `$NOW` resolved.
 *
 * @throws FORBIDDEN for a collection or field that does not exist or may not be read (the reason names
 * it and where it was queried), INVALID_QUERY for the rest.
 */
export function validateQuery(query: Query, options: ValidateQueryOptions): ReadNode {
  const ctx: ValidateContext = {
    schema: options.schema,
    policy: options.policy ?? allowAll,
    now: options.now ?? new Date(),
    policyFilters: new Map(),
    fieldGuards: new Map(),
    insidePolicy: false,
    backlink: query.backlink ?? true,
  };
  const input = rootInput(ctx, query, options);
  const aggregating = !!query.aggregate && Object.keys(query.aggregate).length > 0;
  if (!aggregating) return buildLevel(ctx, input, options.nestedLimit ?? 100);

  const aggregate = resolveAggregate(ctx, input.target, query.aggregate, query.groupBy, []);
  const node = buildLevel(ctx, { ...input, references: [], params: { ...input.params, sort: [] } }, 0);
  const sortItems = query.sort ?? aggregate.groupBy.slice(0, 1).map((group) => group.key);
  const sort = aggregate.groupBy.length === 0 ? [] : resolveSort(ctx, input.target, sortItems, [], aggregate);
  return { ...node, fields: [], sort, aggregate };
}
