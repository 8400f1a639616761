import { sql } from 'kysely';
import type { FilterNode, ManyLink, Operand } from '../../validate/read-node.js';
import type { Sql } from '../read-dialect.js';
import { type CompileContext, columnRef, fromTable } from './compile-context.js';
import { compileFilter } from './compile-filter.js';

/** `child.fk = parent.key`, and the child's policy filter. */
export function linkCondition(
  ctx: CompileContext,
  link: ManyLink,
  childAlias: string,
  parentAlias: string,
): Sql {
  const join = sql`${columnRef(childAlias, link.field)} = ${columnRef(parentAlias, link.parentField)}`;
  return link.policyFilter ? sql`${join} and ${compileFilter(ctx, link.policyFilter, childAlias)}` : join;
}

/** `value` where the guard holds on the row `alias` names, NULL elsewhere. */
export function guardValue(
  ctx: CompileContext,
  guard: FilterNode | undefined,
  value: Sql,
  alias: string,
): Sql {
  if (!guard) return value;
  return sql`case when ${compileFilter(ctx, guard, alias)} then ${value} else null end`;
}

/**
 * An operand on the row `alias` names. `output` formats column values for the wire; `compare` gives
 * what filters, sorts and groups work on. A guarded operand reads NULL on rows outside its guard.
 */
export function compileOperand(
  ctx: CompileContext,
  operand: Operand,
  alias: string,
  mode: 'output' | 'compare',
): Sql {
  const value = compileBareOperand(ctx, operand, alias, mode);
  return operand.kind === 'aggregate' ? value : guardValue(ctx, operand.guard, value, alias);
}

function compileBareOperand(
  ctx: CompileContext,
  operand: Operand,
  alias: string,
  mode: 'output' | 'compare',
): Sql {
  const { dialect } = ctx;
  switch (operand.kind) {
    case 'column': {
      const ref = columnRef(alias, operand.field.field);
      return mode === 'output'
        ? dialect.outputValue(operand.field, ref)
        : dialect.compareValue(operand.field, ref);
    }
    case 'date-part':
      return dialect.datePart(operand.part, operand.field, columnRef(alias, operand.field.field));
    case 'json-path':
      return dialect.jsonPath(columnRef(alias, operand.field.field), operand.path);
    case 'json-count':
      return dialect.jsonCount(columnRef(alias, operand.field.field));
    case 'count': {
      const child = ctx.nextAlias();
      const where = linkCondition(ctx, operand.link, child, alias);
      return sql`(select count(*) from ${fromTable(operand.link.child, child)} where ${where})`;
    }
    case 'aggregate':
      throw new Error('Aggregate operands are compiled by compileAggregate');
  }
}
