import { sql } from 'kysely';
import type { M2oStep, SortNode } from '../../validate/read-node.js';
import type { OrderTerm, Sql } from '../read-dialect.js';
import { type CompileContext, columnRef, fromTable } from './compile-context.js';
import { compileFilter } from './compile-filter.js';
import { compileOperand } from './compile-operand.js';

function throughSteps(
  ctx: CompileContext,
  steps: M2oStep[],
  alias: string,
  leaf: (alias: string) => Sql,
): Sql {
  const [step, ...rest] = steps;
  if (!step) return leaf(alias);
  const related = ctx.nextAlias();
  const join = sql`${columnRef(related, step.related.primaryKey)} = ${columnRef(alias, step.field.field)}`;
  const policy = step.policyFilter
    ? sql`${join} and ${compileFilter(ctx, step.policyFilter, related)}`
    : join;
  // A guarded m2o field finds no related row where the guard fails, so the sort value is NULL there.
  const where = step.guard ? sql`${policy} and ${compileFilter(ctx, step.guard, alias)}` : policy;
  const value = throughSteps(ctx, rest, related, leaf);
  return sql`(select ${value} from ${fromTable(step.related, related)} where ${where})`;
}

function sortsNullable(node: SortNode): boolean {
  return node.path.length > 0 || node.operand.kind !== 'column' || node.operand.field.nullable;
}

/** Sort nodes as ORDER BY terms on the row `alias` names; m2o paths become scalar subqueries. */
export function compileSort(
  ctx: CompileContext,
  sort: readonly SortNode[],
  alias: string,
  aggregateExpression?: (node: SortNode) => Sql | null,
): OrderTerm[] {
  return sort.map((node) => {
    const aggregate = aggregateExpression?.(node) ?? null;
    const expression =
      aggregate ??
      throughSteps(ctx, node.path, alias, (leafAlias) =>
        compileOperand(ctx, node.operand, leafAlias, 'compare'),
      );
    const nullable = node.operand.kind !== 'aggregate' && sortsNullable(node);
    return { expression, descending: node.descending, nullable };
  });
}
