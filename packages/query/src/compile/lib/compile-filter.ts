import { sql } from 'kysely';
import type { FilterNode, Operand } from '../../validate/read-node.js';
import type { Sql, TextPosition } from '../read-dialect.js';
import { type CompileContext, columnRef, fromTable } from './compile-context.js';
import { compileOperand } from './compile-operand.js';
import { joinSql } from './sql-parts.js';

type Condition = Extract<FilterNode, { kind: 'condition' }>;
type Scalar = string | number | boolean;

const TEXT_OPERATORS: Record<string, [TextPosition, boolean, boolean]> = {
  contains: ['contains', false, false],
  ncontains: ['contains', false, true],
  icontains: ['contains', true, false],
  nicontains: ['contains', true, true],
  starts_with: ['starts', false, false],
  nstarts_with: ['starts', false, true],
  istarts_with: ['starts', true, false],
  nistarts_with: ['starts', true, true],
  ends_with: ['ends', false, false],
  nends_with: ['ends', false, true],
  iends_with: ['ends', true, false],
  niends_with: ['ends', true, true],
};

const COMPARISONS: Record<string, string> = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };
const TEXT_TYPES = new Set(['string', 'text', 'csv', 'hash', 'binary']);

function fieldOf(operand: Operand) {
  return operand.kind === 'column' ? operand.field : null;
}

function list(ctx: CompileContext, condition: Condition, lhs: Sql): Sql {
  const values = (
    Array.isArray(condition.value) ? condition.value : [condition.value]
  ) as Array<Scalar | null>;
  const field = fieldOf(condition.operand);
  const present = values.filter((value): value is Scalar => value !== null);
  const params = present.map((value) => ctx.dialect.param(value, field));
  const negate = condition.operator === 'nin';
  const hasNull = present.length < values.length;
  if (present.length === 0) return negate ? sql`${lhs} is not null` : sql`${lhs} is null`;
  const inList = negate ? sql`${lhs} not in (${joinSql(params)})` : sql`${lhs} in (${joinSql(params)})`;
  if (!hasNull) return inList;
  return negate ? sql`(${inList} and ${lhs} is not null)` : sql`(${inList} or ${lhs} is null)`;
}

function compileCondition(ctx: CompileContext, condition: Condition, alias: string): Sql {
  const { dialect } = ctx;
  const field = fieldOf(condition.operand);
  const lhs = compileOperand(ctx, condition.operand, alias, 'compare');
  const { operator, value } = condition;
  const param = (item: unknown) => dialect.param(item as Scalar, field);
  const textual = field !== null && TEXT_TYPES.has(field.type);
  if (operator in COMPARISONS) {
    if (value === null && operator === 'eq') return sql`${lhs} is null`;
    if (value === null && operator === 'neq') return sql`${lhs} is not null`;
    if (value === null) return sql`1 = 0`;
    return sql`${lhs} ${sql.raw(COMPARISONS[operator] ?? '=')} ${param(value)}`;
  }
  const text = TEXT_OPERATORS[operator];
  if (text) {
    const [position, insensitive, negate] = text;
    const match = dialect.textMatch(
      textual ? lhs : dialect.toText(lhs),
      String(value),
      position,
      insensitive,
    );
    return negate ? sql`not (${match})` : match;
  }
  switch (operator) {
    case 'in':
    case 'nin':
      return list(ctx, condition, lhs);
    case 'between':
    case 'nbetween': {
      const [low, high] = value as Scalar[];
      const between = sql`${lhs} between ${param(low)} and ${param(high)}`;
      return operator === 'between' ? between : sql`not (${between})`;
    }
    case 'null':
    case 'nnull':
      return (operator === 'null') === value ? sql`${lhs} is null` : sql`${lhs} is not null`;
    case 'empty':
    case 'nempty': {
      const empty = textual ? sql`(${lhs} is null or ${lhs} = '')` : sql`${lhs} is null`;
      return (operator === 'empty') === value ? empty : sql`not ${empty}`;
    }
    case 'intersects':
    case 'nintersects':
    case 'intersects_bbox':
    case 'nintersects_bbox': {
      const test = dialect.intersects(lhs, String(value), operator.endsWith('bbox'));
      return operator.startsWith('n') ? sql`not (${test})` : test;
    }
    default:
      return sql`1 = 0`;
  }
}

/** A resolved filter as a boolean SQL expression on the row `alias` names. */
export function compileFilter(ctx: CompileContext, node: FilterNode, alias: string): Sql {
  switch (node.kind) {
    case 'constant':
      return node.value ? sql`1 = 1` : sql`1 = 0`;
    case 'guarded': {
      // CASE keeps a NULL guard (a comparison with a NULL column) on the "does not hold" side.
      const holds = sql`(case when ${compileFilter(ctx, node.guard, alias)} then 1 else 0 end)`;
      const filter = compileFilter(ctx, node.filter, alias);
      return node.otherwise ? sql`(${holds} = 0 or ${filter})` : sql`(${holds} = 1 and ${filter})`;
    }
    case 'and':
    case 'or':
      if (node.items.length === 0) return sql`1 = 1`;
      return sql`(${joinSql(
        node.items.map((item) => compileFilter(ctx, item, alias)),
        node.kind === 'and' ? ' and ' : ' or ',
      )})`;
    case 'condition':
      return compileCondition(ctx, node, alias);
    case 'm2o': {
      const related = ctx.nextAlias();
      const join = sql`${columnRef(related, node.step.related.primaryKey)} = ${columnRef(alias, node.step.field.field)}`;
      return sql`exists (select 1 from ${fromTable(node.step.related, related)} where ${join} and ${compileFilter(ctx, node.filter, related)})`;
    }
    case 'many': {
      const child = ctx.nextAlias();
      const join = sql`${columnRef(child, node.link.field)} = ${columnRef(alias, node.link.parentField)}`;
      const exists = sql`exists (select 1 from ${fromTable(node.link.child, child)} where ${join} and ${compileFilter(ctx, node.filter, child)})`;
      return node.quantifier === 'some' ? exists : sql`not ${exists}`;
    }
    case 'a2o': {
      const target = ctx.nextAlias();
      const key = ctx.dialect.toText(columnRef(target, node.target.primaryKey));
      const join = sql`${key} = ${columnRef(alias, node.field.field)}`;
      const exists = sql`exists (select 1 from ${fromTable(node.target, target)} where ${join} and ${compileFilter(ctx, node.filter, target)})`;
      return sql`(${columnRef(alias, node.collectionField)} = ${node.target.collection} and ${exists})`;
    }
  }
}
