import type { ReadNode, SortNode } from '../read-node.js';
import { buildFields } from './build-fields.js';
import { forbiddenField } from './forbidden.js';
import { groupReferences } from './group-references.js';
import type { LevelInput } from './level-input.js';
import { policyFilterOf } from './policy-filter-of.js';
import { andFilters, resolveFilter } from './resolve-filter.js';
import { resolveSearch } from './resolve-search.js';
import { resolveSort } from './resolve-sort.js';
import { isReadable, type ValidateContext } from './validate-context.js';

function withKeyTiebreak(sort: SortNode[], input: LevelInput, ctx: ValidateContext): SortNode[] {
  const overview = ctx.schema.collections[input.target.collection];
  if (!overview) return sort;
  const composite = overview.primaryKeys ?? [];
  const keys = composite.length > 0 ? composite : [input.target.primaryKey];
  const sorted = new Set(
    sort.flatMap((item) =>
      item.path.length === 0 && item.operand.kind === 'column' ? [item.operand.field.field] : [],
    ),
  );
  // The key (every column of a composite one) breaks ties so pages and nested lists come back in the
  // same order on every engine; it is not a caller's sort, so it needs no read permission.
  const tiebreak = keys.flatMap((key): SortNode[] => {
    const field = overview.fields[key];
    return field && !sorted.has(key)
      ? [{ path: [], operand: { kind: 'column', field }, descending: false }]
      : [];
  });
  return [...sort, ...tiebreak];
}

/** The limit and offset of a level: `-1` means none, and `page` wins over `offset`. */
function toWindow(input: LevelInput): { limit: number | null; offset: number } {
  const given = input.params.limit;
  const raw = given === undefined || given === null ? input.defaultLimit : given;
  const limit = raw === null || raw === undefined || raw < 0 ? null : raw;
  const page = input.params.page;
  if (limit !== null && typeof page === 'number' && page >= 1) return { limit, offset: (page - 1) * limit };
  return { limit, offset: Math.max(0, input.params.offset ?? 0) };
}

/**
 * `deep` may only name fields the caller can read, selected or not, so it cannot probe a hidden relation.
 * Callers with every field (admins) keep the lenient behaviour: `deep` on a field not selected is ignored.
 */
function assertDeepReadable(ctx: ValidateContext, input: LevelInput): void {
  const collection = input.target.collection;
  if (!input.deep || (ctx.policy(collection)?.fields ?? '*') === '*') return;
  for (const key of Object.keys(input.deep)) {
    if (key.startsWith('_')) continue;
    const name = key.split(':')[0] ?? key;
    const field = ctx.schema.collections[collection]?.fields[name];
    if (!field || !isReadable(ctx, collection, field)) throw forbiddenField(name, collection, input.path);
  }
}

/**
 * Builds one level of the read tree: its fields (children built recursively), its filter (user filter,
 * search and policy filter AND-ed), its sort (given, or the default sort, then the key as tiebreak) and
 * its window.
 */
export function buildLevel(ctx: ValidateContext, input: LevelInput, nestedLimit: number): ReadNode {
  assertDeepReadable(ctx, input);
  const build = (child: LevelInput) => buildLevel(ctx, child, nestedLimit);
  const fields = buildFields(ctx, input, groupReferences(ctx, input), build, nestedLimit);
  const policyFilter = policyFilterOf(ctx, input.target.collection);
  const userFilter = input.params.filter
    ? resolveFilter(ctx, input.target, input.params.filter, input.path)
    : null;
  const search = input.params.search ? resolveSearch(ctx, input.target, input.params.search) : null;
  const sortItems = input.params.sort ?? (input.defaultSort ? [input.defaultSort] : []);
  const sort = withKeyTiebreak(resolveSort(ctx, input.target, sortItems, input.path), input, ctx);
  return {
    ...input.target,
    fields,
    filter: andFilters(userFilter, search, policyFilter),
    policyFilter,
    sort,
    ...toWindow(input),
    aggregate: null,
  };
}
