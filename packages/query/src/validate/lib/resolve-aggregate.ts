import type { Aggregate, AggregateOperation, FieldOverview } from '@plinth/types';
import { parseFieldReference } from '../../parse-field-reference.js';
import { toFunctionOutputKey } from '../../to-function-output-key.js';
import type { AggregateField, AggregateNode, CollectionTarget, GroupField } from '../read-node.js';
import { fieldGuardOf, withGuard } from './field-guard-of.js';
import { invalidQuery } from './forbidden.js';
import { isNumericType, isTemporalType } from './operator-rules.js';
import { resolveOperand } from './resolve-operand.js';
import { fieldOf, type ValidateContext } from './validate-context.js';

const NUMERIC_OPERATIONS = new Set<AggregateOperation>(['sum', 'sumDistinct', 'avg', 'avgDistinct']);

function assertAggregatable(operation: AggregateOperation, field: FieldOverview): void {
  const type = field.type;
  const ok = field.alias
    ? false
    : NUMERIC_OPERATIONS.has(operation)
      ? isNumericType(type)
      : operation === 'min' || operation === 'max'
        ? isNumericType(type) || isTemporalType(type) || type === 'string' || type === 'text'
        : operation === 'countDistinct'
          ? type !== 'json' && !type.startsWith('geometry')
          : true;
  if (!ok) throw invalidQuery(`"${operation}" can't be used on field "${field.field}" of type "${type}"`);
}

/** Resolves `aggregate` and `groupBy` against a collection's readable fields. */
export function resolveAggregate(
  ctx: ValidateContext,
  target: CollectionTarget,
  aggregate: Aggregate | null | undefined,
  groupBy: readonly string[] | null | undefined,
  path: readonly string[],
): AggregateNode {
  const fields: AggregateField[] = [];
  for (const [operation, names] of Object.entries(aggregate ?? {}) as [AggregateOperation, string[]][]) {
    if (operation === 'countAll') {
      fields.push({ operation, field: null });
      continue;
    }
    for (const name of names ?? []) {
      if (name === '*') {
        if (operation !== 'count') throw invalidQuery(`"${operation}" needs a field, not "*"`);
        fields.push({ operation, field: null });
        continue;
      }
      const field = fieldOf(ctx, target.collection, name, path);
      assertAggregatable(operation, field);
      fields.push(
        withGuard<AggregateField>({ operation, field }, fieldGuardOf(ctx, target.collection, name)),
      );
    }
  }
  const groups: GroupField[] = (groupBy ?? []).map((text) => {
    const reference = parseFieldReference(text, { allowWildcards: false });
    if (reference.path.length !== 1) throw invalidQuery(`Can't group by relational field "${text}"`);
    const operand = resolveOperand(ctx, target, reference, 'sort', path);
    if (operand.kind === 'column' && operand.field.type === 'json')
      throw invalidQuery(`Can't group by JSON field "${text}"`);
    return { key: toFunctionOutputKey(reference), operand };
  });
  return { fields, groupBy: groups };
}
