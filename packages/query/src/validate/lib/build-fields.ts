import type { FieldRelation } from '@plinth/schema';
import type { DeepQueryNode, FieldOverview } from '@plinth/types';
import type { A2oTarget, CollectionTarget, FilterNode, ReadField } from '../read-node.js';
import { fieldGuardOf, withGuard } from './field-guard-of.js';
import { invalidQuery } from './forbidden.js';
import type { FieldGroup } from './group-references.js';
import { deepChild, type LevelInput, toDeepParams } from './level-input.js';
import { isManyRelation, resolveOperand, toManyLink } from './resolve-operand.js';
import { fieldOf, relationOf, targetOf, type ValidateContext } from './validate-context.js';

/** Builds a child level; passed in to keep the recursion in one place. */
export type BuildLevel = (input: LevelInput) => import('../read-node.js').ReadNode;

interface FieldScope {
  ctx: ValidateContext;
  input: LevelInput;
  build: BuildLevel;
  nestedLimit: number;
}

function childInput(
  scope: FieldScope,
  group: FieldGroup,
  target: CollectionTarget,
  deep: DeepQueryNode | null,
  via: FieldRelation,
  defaults: { sort: string | null; limit: number | null },
  references = group.rests.map((rest) => rest.reference),
): LevelInput {
  return {
    target,
    references,
    params: toDeepParams(deep),
    deep,
    path: [...scope.input.path, group.key],
    via: via.relation,
    defaultSort: defaults.sort,
    defaultLimit: defaults.limit,
  };
}

function buildA2o(
  scope: FieldScope,
  group: FieldGroup,
  field: FieldOverview,
  relation: FieldRelation,
): ReadField {
  const allowed = relation.relation.meta?.one_allowed_collections ?? [];
  const targets: A2oTarget[] = [];
  const hidden: string[] = [];
  for (const collection of allowed) {
    // A collection the caller cannot read is not refused here: its items come back as null, so a
    // many-to-any list stays readable while what it points at stays hidden.
    if (!Object.hasOwn(scope.ctx.schema.collections, collection) || scope.ctx.policy(collection) === null) {
      hidden.push(collection);
      continue;
    }
    const references = group.rests
      .filter((rest) => rest.scope === undefined || rest.scope === collection)
      .map((rest) => rest.reference);
    if (references.length === 0) continue;
    // Errors below name the scoped path, as in `Queried in "blocks.item:texts"`.
    const scoped = `${group.key}:${collection}`;
    const target = targetOf(scope.ctx, collection, [...scope.input.path, scoped]);
    const deep = deepChild(scope.input.deep, scoped);
    const input = childInput(scope, group, target, deep, relation, { sort: null, limit: null }, references);
    targets.push({ collection, node: scope.build({ ...input, path: [...scope.input.path, scoped] }) });
  }
  for (const rest of group.rests) {
    if (rest.scope !== undefined && !allowed.includes(rest.scope))
      throw invalidQuery(`Collection "${rest.scope}" is not allowed in many-to-any field "${group.field}"`);
  }
  const collectionField = relation.relation.meta?.one_collection_field ?? 'collection';
  const a2o: ReadField = { kind: 'a2o', key: group.key, field, collectionField, targets };
  return hidden.length > 0 ? { ...a2o, hidden } : a2o;
}

function buildRelational(
  scope: FieldScope,
  group: FieldGroup,
  field: FieldOverview,
  relation: FieldRelation | null,
): ReadField {
  const { ctx, input } = scope;
  const path = [...input.path, group.key];
  const deep = deepChild(input.deep, group.key);
  if (relation?.type === 'm2o' && relation.relation.related_collection) {
    const target = targetOf(ctx, relation.relation.related_collection, path);
    const node = scope.build(childInput(scope, group, target, deep, relation, { sort: null, limit: null }));
    return { kind: 'm2o', key: group.key, field, node: { ...node, sort: [], limit: null, offset: 0 } };
  }
  if (isManyRelation(relation)) {
    const link = toManyLink(ctx, input.target, relation, input.path);
    const sort = relation.relation.meta?.sort_field ?? null;
    const node = scope.build(
      childInput(scope, group, link.child, deep, relation, { sort, limit: scope.nestedLimit }),
    );
    return { kind: 'many', key: group.key, link, node };
  }
  if (relation?.type === 'a2o') return buildA2o(scope, group, field, relation);
  throw invalidQuery(`Field "${group.field}" is not a relational field`);
}

function buildPlain(
  scope: FieldScope,
  group: FieldGroup,
  field: FieldOverview,
  relation: FieldRelation | null,
): ReadField | null {
  const { ctx, input } = scope;
  if (isManyRelation(relation)) {
    const link = toManyLink(ctx, input.target, relation, input.path);
    const keysGroup: FieldGroup = { ...group, rests: [] };
    const references = [{ path: [link.child.primaryKey] }];
    const sort = relation.relation.meta?.sort_field ?? null;
    const deep = deepChild(input.deep, group.key);
    const childLevel = childInput(
      scope,
      keysGroup,
      link.child,
      deep,
      relation,
      { sort, limit: scope.nestedLimit },
      references,
    );
    return { kind: 'keys', key: group.key, link, node: scope.build(childLevel) };
  }
  if (field.alias) return null;
  return { kind: 'value', key: group.key, operand: { kind: 'column', field } };
}

function guardField(field: ReadField, guard: FilterNode | null): ReadField {
  if (field.kind !== 'value') return withGuard(field, guard);
  if (field.operand.kind === 'aggregate') return field;
  return { ...field, operand: withGuard(field.operand, guard) };
}

/** Turns a level's grouped references into result fields, expanding relations into child levels. */
export function buildFields(
  ctx: ValidateContext,
  input: LevelInput,
  groups: FieldGroup[],
  build: BuildLevel,
  nestedLimit: number,
): ReadField[] {
  const scope: FieldScope = { ctx, input, build, nestedLimit };
  const fields: ReadField[] = [];
  for (const group of groups) {
    if (group.fn) {
      const reference = { ...group.fn, path: [group.field] };
      const operand = resolveOperand(ctx, input.target, reference, 'fields', input.path);
      fields.push({ kind: 'value', key: group.key, operand });
      continue;
    }
    const field = fieldOf(ctx, input.target.collection, group.field, input.path);
    const relation = relationOf(ctx, input.target.collection, group.field);
    const built =
      group.rests.length > 0
        ? buildRelational(scope, group, field, relation)
        : buildPlain(scope, group, field, relation);
    if (built) fields.push(guardField(built, fieldGuardOf(ctx, input.target.collection, field.field)));
  }
  return fields;
}
