import { parseFieldReference } from '../../parse-field-reference.js';
import type { AggregateNode, CollectionTarget, M2oStep, SortNode } from '../read-node.js';
import { fieldGuardOf, withGuard } from './field-guard-of.js';
import { invalidQuery } from './forbidden.js';
import { policyFilterOf } from './policy-filter-of.js';
import { resolveOperand } from './resolve-operand.js';
import { fieldOf, relationOf, targetOf, type ValidateContext } from './validate-context.js';

function resolveAggregateSort(aggregate: AggregateNode, text: string, descending: boolean): SortNode | null {
  const group = aggregate.groupBy.find((item) => item.key === text);
  if (group) return { path: [], operand: group.operand, descending };
  const [operation, fieldName] = text.split('.');
  const match = aggregate.fields.find(
    (item) =>
      item.operation === operation &&
      (fieldName === undefined ? item.field === null : item.field?.field === fieldName),
  );
  return match ? { path: [], operand: { kind: 'aggregate', aggregate: match }, descending } : null;
}

/**
 * Resolves `sort` items (`title`, `-date`, `author.name`, `year(date)`, and while aggregating `count`,
 * `-sum.price` or a group key) into sort nodes. Sorting walks many-to-one fields only.
 */
export function resolveSort(
  ctx: ValidateContext,
  target: CollectionTarget,
  items: readonly string[],
  path: readonly string[],
  aggregate: AggregateNode | null = null,
): SortNode[] {
  return items.map((item) => {
    const descending = item.startsWith('-');
    const text = descending ? item.slice(1) : item;
    if (aggregate) {
      const sorted = resolveAggregateSort(aggregate, text, descending);
      if (sorted) return sorted;
      throw invalidQuery(`Can't sort by "${text}": sort by a group field or an aggregate while aggregating`);
    }
    const reference = parseFieldReference(text, { allowWildcards: false });
    const steps: M2oStep[] = [];
    let current = target;
    let currentPath = [...path];
    for (const name of reference.path.slice(0, -1)) {
      const field = fieldOf(ctx, current.collection, name, currentPath);
      const relation = relationOf(ctx, current.collection, name);
      if (relation?.type !== 'm2o' || !relation.relation.related_collection)
        throw invalidQuery(
          `Sorting through "${name}" is not possible: only many-to-one fields can be sorted through`,
        );
      currentPath = [...currentPath, name];
      const related = targetOf(ctx, relation.relation.related_collection, currentPath);
      const step: M2oStep = { field, related, policyFilter: policyFilterOf(ctx, related.collection) };
      steps.push(withGuard(step, fieldGuardOf(ctx, current.collection, name)));
      current = related;
    }
    const last = { ...reference, path: reference.path.slice(-1) };
    delete last.scopes;
    return { path: steps, operand: resolveOperand(ctx, current, last, 'sort', currentPath), descending };
  });
}
