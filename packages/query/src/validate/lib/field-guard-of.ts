import type { FieldGuard, FilterNode } from '../read-node.js';
import { resolveFilter } from './resolve-filter.js';
import type { ValidateContext } from './validate-context.js';

/**
 * The row filter under which a field of a collection may be read (`ReadPolicy.fieldFilters`), resolved
 * once per query; `null` when the field is readable on every row the caller sees. Like policy filters,
 * guards are not applied inside policy filters.
 */
export function fieldGuardOf(ctx: ValidateContext, collection: string, field: string): FilterNode | null {
  if (ctx.insidePolicy) return null;
  const key = `${collection}\u0000${field}`;
  if (ctx.fieldGuards.has(key)) return ctx.fieldGuards.get(key) ?? null;
  const filter = ctx.policy(collection)?.fieldFilters?.get(field);
  const overview = ctx.schema.collections[collection];
  if (!filter || !overview) {
    ctx.fieldGuards.set(key, null);
    return null;
  }
  ctx.insidePolicy = true;
  try {
    const target = { collection, table: overview.schema.name || collection, primaryKey: overview.primary };
    const resolved = resolveFilter(ctx, target, filter, []) ?? { kind: 'constant', value: true };
    ctx.fieldGuards.set(key, resolved);
    return resolved;
  } finally {
    ctx.insidePolicy = false;
  }
}

/** `value` with the guard of its field attached, when the field has one. */
export function withGuard<T extends object>(value: T, guard: FilterNode | null): T {
  return guard ? ({ ...value, guard } satisfies FieldGuard) : value;
}

/** A relational filter through a guarded field: it holds only where the guard does, else `otherwise`. */
export function guardFilter(filter: FilterNode, guard: FilterNode | null, otherwise = false): FilterNode {
  return guard ? { kind: 'guarded', guard, filter, otherwise } : filter;
}
