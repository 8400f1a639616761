import { type RawBuilder, sql } from 'kysely';
import type { AggregateField, ReadNode, SortNode } from '../../validate/read-node.js';
import type { JsonEntry, Sql } from '../read-dialect.js';
import { type CompileContext, columnRef, fromTable } from './compile-context.js';
import { compileFilter } from './compile-filter.js';
import { compileOperand, guardValue } from './compile-operand.js';
import { compileSort } from './compile-sort.js';
import { joinSql } from './sql-parts.js';

function aggregateExpression(ctx: CompileContext, item: AggregateField, alias: string): Sql {
  if (!item.field) return sql`count(*)`;
  const column = guardValue(ctx, item.guard, columnRef(alias, item.field.field), alias);
  const { dialect } = ctx;
  switch (item.operation) {
    case 'count':
      return sql`count(${column})`;
    case 'countDistinct':
      return sql`count(distinct ${column})`;
    case 'sum':
      return dialect.outputValue(item.field, sql`sum(${column})`);
    case 'sumDistinct':
      return dialect.outputValue(item.field, sql`sum(distinct ${column})`);
    case 'avg':
      return dialect.toFloat(sql`avg(${column})`);
    case 'avgDistinct':
      return dialect.toFloat(sql`avg(distinct ${column})`);
    case 'min':
      return dialect.outputValue(item.field, sql`min(${column})`);
    case 'max':
      return dialect.outputValue(item.field, sql`max(${column})`);
    default:
      return sql`count(*)`;
  }
}

function aggregateEntries(ctx: CompileContext, node: ReadNode, alias: string): JsonEntry[] {
  const entries: JsonEntry[] = [];
  const byOperation = new Map<string, JsonEntry[]>();
  for (const item of node.aggregate?.fields ?? []) {
    const value = aggregateExpression(ctx, item, alias);
    if (!item.field) {
      entries.push({ key: item.operation, value });
      continue;
    }
    let fields = byOperation.get(item.operation);
    if (!fields) {
      fields = [];
      byOperation.set(item.operation, fields);
    }
    fields.push({ key: item.field.field, value });
  }
  for (const [operation, fields] of byOperation)
    entries.push({ key: operation, value: ctx.dialect.jsonObject(fields) });
  return entries;
}

interface GroupColumns {
  from: Sql;
  /** What each group key is grouped (and sorted) by, and what it outputs. */
  keys: Array<{ compare: Sql; output: Sql }>;
}

/**
 * The table an aggregate reads. A group key guarded by a field filter is a CASE over other columns, which
 * engines will not match between SELECT and GROUP BY (each carries its own bound values); such keys are
 * computed once in a derived table that keeps the table's columns under the same alias.
 */
function groupColumns(ctx: CompileContext, node: ReadNode, alias: string): GroupColumns {
  const groups = node.aggregate?.groupBy ?? [];
  const guarded = groups.some((group) => group.operand.kind !== 'aggregate' && group.operand.guard);
  if (!guarded)
    return {
      from: fromTable(node, alias),
      keys: groups.map((group) => ({
        compare: compileOperand(ctx, group.operand, alias, 'compare'),
        output: compileOperand(ctx, group.operand, alias, 'output'),
      })),
    };
  const inner = ctx.nextAlias();
  const computed = groups.flatMap((group, index) => [
    sql`${compileOperand(ctx, group.operand, inner, 'compare')} as ${sql.id(`g${index}`)}`,
    sql`${compileOperand(ctx, group.operand, inner, 'output')} as ${sql.id(`o${index}`)}`,
  ]);
  return {
    from: sql`(select ${sql.id(inner)}.*, ${joinSql(computed)} from ${fromTable(node, inner)}) as ${sql.id(alias)}`,
    keys: groups.map((_group, index) => ({
      compare: columnRef(alias, `g${index}`),
      output: columnRef(alias, `o${index}`),
    })),
  };
}

/**
 * `aggregate` with `groupBy`: one row per group, each a JSON object of the group keys and the aggregate
 * results nested per operation (`{ "status": "paid", "count": { "id": 30 } }`, `{ "count": 42 }` for `*`).
 */
export function compileAggregate(ctx: CompileContext, node: ReadNode): RawBuilder<{ data: unknown }> {
  const alias = ctx.nextAlias();
  const groups = node.aggregate?.groupBy ?? [];
  const { from, keys } = groupColumns(ctx, node, alias);
  const groupEntries: JsonEntry[] = groups.map((group, index) => ({
    key: group.key,
    value: keys[index]?.output ?? sql`null`,
  }));
  const value = ctx.dialect.jsonObject([...groupEntries, ...aggregateEntries(ctx, node, alias)]);
  const bySort = (sort: SortNode) => {
    if (sort.operand.kind === 'aggregate') return aggregateExpression(ctx, sort.operand.aggregate, alias);
    // Guarded group keys sort by their derived-table column; the rest compile as usual.
    const index = groups.findIndex((group) => group.operand === sort.operand);
    return index >= 0 && sort.operand.guard ? (keys[index]?.compare ?? null) : null;
  };
  return ctx.dialect.selectRows({
    value,
    from,
    where: node.filter ? compileFilter(ctx, node.filter, alias) : sql`1 = 1`,
    groupBy: keys.flatMap((key, index) =>
      groups[index]?.operand.kind !== 'aggregate' && groups[index]?.operand.guard
        ? [key.compare, key.output]
        : [key.compare],
    ),
    orderBy: groups.length === 0 ? [] : compileSort(ctx, node.sort, alias, bySort),
    limit: groups.length === 0 ? null : node.limit,
    offset: groups.length === 0 ? 0 : node.offset,
  }) as RawBuilder<{ data: unknown }>;
}
