import type { FieldRelation } from '@plinth/schema';
import type { FieldOverview, Filter, FilterOperator } from '@plinth/types';
import type { FieldReference } from '../../field-reference.js';
import { parseFieldReference } from '../../parse-field-reference.js';
import type { CollectionTarget, FilterNode, FilterValue, Operand } from '../read-node.js';
import { castFilterValue } from './cast-filter-value.js';
import { fieldGuardOf, guardFilter, withGuard } from './field-guard-of.js';
import { invalidQuery } from './forbidden.js';
import { allowedOperators, toFilterType } from './operator-rules.js';
import { policyFilterOf } from './policy-filter-of.js';
import { isManyRelation, operandType, resolveOperand, toManyLink } from './resolve-operand.js';
import { fieldOf, relationOf, targetOf, type ValidateContext } from './validate-context.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** AND-s filters, dropping the absent ones. */
export function andFilters(...filters: Array<FilterNode | null | undefined>): FilterNode | null {
  const items = filters.filter((filter): filter is FilterNode => !!filter);
  if (items.length === 0) return null;
  return items.length === 1 ? (items[0] ?? null) : { kind: 'and', items };
}

function combine(kind: 'and' | 'or', items: FilterNode[]): FilterNode {
  if (items.length === 0) return { kind: 'constant', value: true };
  return items.length === 1 && items[0] ? items[0] : { kind, items };
}

/**
 * Resolves a filter on a collection against the schema: fields must exist and be readable, operators must
 * suit the field type, values are cast, relational keys become m2o/o2m/a2o nodes carrying the related
 * collection's policy filter. `path` names where the collection was reached, for error messages.
 *
 * @throws FORBIDDEN for unknown or unreadable fields, INVALID_QUERY for the rest.
 */
export function resolveFilter(
  ctx: ValidateContext,
  parent: CollectionTarget,
  filter: Filter,
  path: readonly string[],
): FilterNode | null {
  const entries = Object.entries(filter as Json);
  if (entries.length === 0) return null;
  return combine(
    'and',
    entries.map(([key, value]) => resolveEntry(ctx, parent, key, value, path)),
  );
}

function resolveEntry(
  ctx: ValidateContext,
  parent: CollectionTarget,
  key: string,
  value: unknown,
  path: readonly string[],
): FilterNode {
  if (key === '_and' || key === '_or') {
    if (!Array.isArray(value)) throw invalidQuery(`"${key}" has to be an array of filters`);
    const items = value.map((item): FilterNode => {
      if (!isRecord(item)) throw invalidQuery(`"${key}" has to be an array of filters`);
      return resolveFilter(ctx, parent, item as Filter, path) ?? { kind: 'constant', value: true };
    });
    return combine(key === '_and' ? 'and' : 'or', items);
  }
  if (key.startsWith('_')) throw invalidQuery(`"${key}" has to be used on a field`);
  const reference = parseFieldReference(key, { allowWildcards: false });
  return resolveReference(ctx, parent, reference, value, path);
}

function shift(reference: FieldReference): FieldReference {
  const rest: FieldReference = { path: reference.path.slice(1) };
  if (reference.fn) rest.fn = reference.fn;
  for (const [index, scope] of Object.entries(reference.scopes ?? {})) {
    if (Number(index) === 0) continue;
    rest.scopes ??= {};
    rest.scopes[Number(index) - 1] = scope;
  }
  return rest;
}

function resolveReference(
  ctx: ValidateContext,
  parent: CollectionTarget,
  reference: FieldReference,
  value: unknown,
  path: readonly string[],
): FilterNode {
  const name = reference.path[0] ?? '';
  if (reference.path.length === 1 && reference.fn) {
    const operand = resolveOperand(ctx, parent, reference, 'filter', path);
    return resolveOperators(ctx, operand, value);
  }
  const field = fieldOf(ctx, parent.collection, name, path);
  const relation = relationOf(ctx, parent.collection, name);
  const scope = reference.scopes?.[0];
  if (reference.path.length > 1) {
    const rest = shift(reference);
    return resolveRelational(ctx, parent, field, relation, scope, path, (target, nextPath) =>
      resolveReference(ctx, target, rest, value, nextPath),
    );
  }
  return resolveFieldValue(ctx, parent, field, relation, scope, value, path);
}

function resolveFieldValue(
  ctx: ValidateContext,
  parent: CollectionTarget,
  field: FieldOverview,
  relation: FieldRelation | null,
  scope: string | undefined,
  value: unknown,
  path: readonly string[],
): FilterNode {
  const column = columnOperand(ctx, parent, field);
  if (!isRecord(value)) return resolveOperators(ctx, column, { _eq: value });
  const items = Object.entries(value).map(([key, inner]): FilterNode => {
    if (key === '_and' || key === '_or') {
      if (!Array.isArray(inner)) throw invalidQuery(`"${key}" has to be an array of filters`);
      const branches = inner.map((branch) =>
        resolveFieldValue(ctx, parent, field, relation, scope, branch, path),
      );
      return combine(key === '_and' ? 'and' : 'or', branches);
    }
    if (key === '_some' || key === '_none') {
      if (!isManyRelation(relation))
        throw invalidQuery(`"${key}" can only be used on one-to-many and many-to-many fields`);
      if (!isRecord(inner)) throw invalidQuery(`"${key}" has to be a filter object`);
      const link = toManyLink(ctx, parent, relation, path);
      const nested = resolveFilter(ctx, link.child, inner as Filter, [...path, field.field]);
      const filter = andFilters(nested, link.policyFilter) ?? { kind: 'constant', value: true };
      const quantifier = key === '_some' ? 'some' : 'none';
      const guard = fieldGuardOf(ctx, parent.collection, field.field);
      return guardFilter({ kind: 'many', quantifier, link, filter }, guard, quantifier === 'none');
    }
    if (key.startsWith('_')) return resolveOperators(ctx, column, { [key]: inner });
    return resolveRelational(ctx, parent, field, relation, scope, path, (target, nextPath) =>
      resolveEntry(ctx, target, key, inner, nextPath),
    );
  });
  return combine('and', items);
}

function columnOperand(ctx: ValidateContext, parent: CollectionTarget, field: FieldOverview): Operand {
  return withGuard<Operand>({ kind: 'column', field }, fieldGuardOf(ctx, parent.collection, field.field));
}

type NestedResolver = (target: CollectionTarget, path: readonly string[]) => FilterNode;

function resolveRelational(
  ctx: ValidateContext,
  parent: CollectionTarget,
  field: FieldOverview,
  relation: FieldRelation | null,
  scope: string | undefined,
  path: readonly string[],
  resolveNested: NestedResolver,
): FilterNode {
  const node = resolveRelationalNode(ctx, parent, field, relation, scope, path, resolveNested);
  return guardFilter(node, fieldGuardOf(ctx, parent.collection, field.field));
}

function resolveRelationalNode(
  ctx: ValidateContext,
  parent: CollectionTarget,
  field: FieldOverview,
  relation: FieldRelation | null,
  scope: string | undefined,
  path: readonly string[],
  resolveNested: NestedResolver,
): FilterNode {
  const nextPath = [...path, field.field];
  if (relation?.type === 'm2o' && relation.relation.related_collection) {
    const related = targetOf(ctx, relation.relation.related_collection, nextPath);
    const policyFilter = policyFilterOf(ctx, related.collection);
    const filter = andFilters(resolveNested(related, nextPath), policyFilter) as FilterNode;
    return { kind: 'm2o', step: { field, related, policyFilter }, filter };
  }
  if (isManyRelation(relation)) {
    const link = toManyLink(ctx, parent, relation, path);
    const filter = andFilters(resolveNested(link.child, nextPath), link.policyFilter) as FilterNode;
    return { kind: 'many', quantifier: 'some', link, filter };
  }
  if (relation?.type === 'a2o') {
    const allowed = relation.relation.meta?.one_allowed_collections ?? [];
    if (!scope || !allowed.includes(scope))
      throw invalidQuery(
        `Filters on many-to-any field "${field.field}" need a collection, as in "${field.field}:<collection>"`,
      );
    const scopedPath = [...path, `${field.field}:${scope}`];
    const target = targetOf(ctx, scope, scopedPath);
    const filter = andFilters(resolveNested(target, scopedPath), policyFilterOf(ctx, scope)) as FilterNode;
    const collectionField = relation.relation.meta?.one_collection_field ?? 'collection';
    return { kind: 'a2o', field, collectionField, target, filter };
  }
  throw invalidQuery(`Field "${field.field}" is not a relational field`);
}

function resolveOperators(ctx: ValidateContext, operand: Operand, value: unknown): FilterNode {
  if (!isRecord(value)) return resolveOperators(ctx, operand, { _eq: value });
  const items = Object.entries(value).map(([key, inner]): FilterNode => {
    if (key === '_and' || key === '_or') {
      if (!Array.isArray(inner)) throw invalidQuery(`"${key}" has to be an array of filters`);
      return combine(
        key === '_and' ? 'and' : 'or',
        inner.map((branch) => resolveOperators(ctx, operand, branch)),
      );
    }
    return toCondition(ctx, operand, key, inner);
  });
  return combine('and', items);
}

const BOOLEAN_OPERATORS = new Set<FilterOperator>(['null', 'nnull', 'empty', 'nempty']);
const LIST_OPERATORS = new Set<FilterOperator>(['in', 'nin', 'between', 'nbetween']);
const GEOMETRY_OPERATORS = new Set<FilterOperator>([
  'intersects',
  'nintersects',
  'intersects_bbox',
  'nintersects_bbox',
]);

function toCondition(ctx: ValidateContext, operand: Operand, key: string, value: unknown): FilterNode {
  const type = operand.kind === 'column' ? toFilterType(operand.field) : operandType(operand);
  const operator = key.slice(1) as FilterOperator;
  if (operand.kind === 'column' && operand.field.alias)
    throw invalidQuery(`"alias" field type does not contain the "${key}" filter operator`);
  if (!key.startsWith('_') || !allowedOperators(type).includes(operator))
    throw invalidQuery(`"${type}" field type does not contain the "${key}" filter operator`);
  const castType = operand.kind === 'column' ? operand.field.type : 'integer';
  let cast: FilterValue;
  if (BOOLEAN_OPERATORS.has(operator))
    cast = value === true || value === 'true' || value === '' || value === null;
  else if (GEOMETRY_OPERATORS.has(operator)) cast = typeof value === 'string' ? value : JSON.stringify(value);
  else if (LIST_OPERATORS.has(operator)) {
    const list = typeof value === 'string' ? value.split(',') : value;
    if (!Array.isArray(list) || list.length === 0)
      throw invalidQuery(`"${key}" has to be a non-empty array of values`);
    cast = castFilterValue(list, castType, ctx.now);
    if ((operator === 'between' || operator === 'nbetween') && list.length !== 2)
      return { kind: 'constant', value: true };
  } else cast = castFilterValue(value, castType, ctx.now);
  return { kind: 'condition', operand, operator, value: cast };
}
