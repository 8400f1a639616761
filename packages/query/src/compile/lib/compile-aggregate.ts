import { type RawBuilder, sql } from 'kysely';
import type { AggregateField, ReadNode, SortNode } from '../../validate/read-node.js';
import type { JsonEntry, Sql } from '../read-dialect.js';
import { type CompileContext, columnRef, fromTable } from './compile-context.js';
import { compileFilter } from './compile-filter.js';
import { compileOperand } from './compile-operand.js';
import { compileSort } from './compile-sort.js';

function aggregateExpression(ctx: CompileContext, item: AggregateField, alias: string): Sql {
  if (!item.field) return sql`count(*)`;
  const column = columnRef(alias, item.field.field);
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

/**
 * `aggregate` with `groupBy`: one row per group, each a JSON object of the group keys and the aggregate
 * results nested per operation (`{ "status": "paid", "count": { "id": 30 } }`, `{ "count": 42 }` for `*`).
 */
export function compileAggregate(ctx: CompileContext, node: ReadNode): RawBuilder<{ data: unknown }> {
  const alias = ctx.nextAlias();
  const groups = node.aggregate?.groupBy ?? [];
  const groupEntries: JsonEntry[] = groups.map((group) => ({
    key: group.key,
    value: compileOperand(ctx, group.operand, alias, 'output'),
  }));
  const value = ctx.dialect.jsonObject([...groupEntries, ...aggregateEntries(ctx, node, alias)]);
  const bySort = (sort: SortNode) =>
    sort.operand.kind === 'aggregate' ? aggregateExpression(ctx, sort.operand.aggregate, alias) : null;
  return ctx.dialect.selectRows({
    value,
    from: fromTable(node, alias),
    where: node.filter ? compileFilter(ctx, node.filter, alias) : sql`1 = 1`,
    groupBy: groups.map((group) => compileOperand(ctx, group.operand, alias, 'compare')),
    orderBy: groups.length === 0 ? [] : compileSort(ctx, node.sort, alias, bySort),
    limit: groups.length === 0 ? null : node.limit,
    offset: groups.length === 0 ? 0 : node.offset,
  }) as RawBuilder<{ data: unknown }>;
}
