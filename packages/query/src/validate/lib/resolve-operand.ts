import type { FieldRelation } from '@plinth/schema';
import type { FieldOverview, FieldType } from '@plinth/types';
import type { FieldReference } from '../../field-reference.js';
import type { CollectionTarget, DatePart, ManyLink, Operand } from '../read-node.js';
import { fieldGuardOf, withGuard } from './field-guard-of.js';
import { invalidQuery } from './forbidden.js';
import { allowedDateParts } from './operator-rules.js';
import { policyFilterOf } from './policy-filter-of.js';
import { fieldOf, relationOf, targetOf, type ValidateContext } from './validate-context.js';

/** Where an operand is used: `json()` exists only in `fields`. */
export type OperandUse = 'fields' | 'filter' | 'sort';

/** Whether a relation is one of the "many" kinds whose rows point back at the parent. */
export function isManyRelation(
  relation: FieldRelation | null,
): relation is Extract<FieldRelation, { type: 'o2m' | 'm2m' | 'm2a' }> {
  return relation?.type === 'o2m' || relation?.type === 'm2m' || relation?.type === 'm2a';
}

/** The child rows of an o2m field, or the junction rows of an m2m/m2a field. */
export function toManyLink(
  ctx: ValidateContext,
  parent: CollectionTarget,
  relation: Extract<FieldRelation, { type: 'o2m' | 'm2m' | 'm2a' }>,
  path: readonly string[],
): ManyLink {
  const child = targetOf(ctx, relation.relation.collection, path);
  return {
    child,
    field: relation.relation.field,
    parentField: parent.primaryKey,
    policyFilter: policyFilterOf(ctx, child.collection),
  };
}

/** The type an operand's values have, for operator checks and casts. */
export function operandType(operand: Operand): FieldType {
  return operand.kind === 'column' ? operand.field.type : 'integer';
}

function invalidFunction(use: OperandUse, text: string): Error {
  return invalidQuery(
    use === 'filter' ? `Invalid filter key "${text}"` : `Invalid function specified "${text}"`,
  );
}

/**
 * Resolves a one-segment reference (`title`, `year(date)`, `count(comments)`, `json(meta, a.b)`) on a
 * collection into an operand, checking the function against the field's type. A field the policy grants
 * only on some rows carries its guard, so the operand reads NULL elsewhere wherever it is used.
 */
export function resolveOperand(
  ctx: ValidateContext,
  parent: CollectionTarget,
  reference: FieldReference,
  use: OperandUse,
  path: readonly string[],
): Operand {
  const operand = resolveBareOperand(ctx, parent, reference, use, path);
  if (operand.kind === 'aggregate') return operand;
  return withGuard(operand, fieldGuardOf(ctx, parent.collection, reference.path[0] ?? ''));
}

function resolveBareOperand(
  ctx: ValidateContext,
  parent: CollectionTarget,
  reference: FieldReference,
  use: OperandUse,
  path: readonly string[],
): Operand {
  const name = reference.path[0] ?? '';
  const field: FieldOverview = fieldOf(ctx, parent.collection, name, path);
  const fn = reference.fn;
  const text = fn ? `${fn.name}(${name})` : name;
  if (!fn) {
    if (field.alias)
      throw invalidQuery(`Field "${name}" has no value to ${use === 'sort' ? 'sort' : 'filter'} by`);
    return { kind: 'column', field };
  }
  if (fn.name === 'count') {
    const relation = relationOf(ctx, parent.collection, name);
    if (isManyRelation(relation)) return { kind: 'count', link: toManyLink(ctx, parent, relation, path) };
    if (field.type === 'json') return { kind: 'json-count', field };
    throw invalidFunction(use, text);
  }
  if (fn.name === 'json') {
    if (use !== 'fields' || field.type !== 'json') throw invalidFunction(use, text);
    return { kind: 'json-path', field, path: fn.jsonPath ?? [] };
  }
  if (!allowedDateParts(field.type).includes(fn.name as DatePart)) throw invalidFunction(use, text);
  return { kind: 'date-part', field, part: fn.name as DatePart };
}
