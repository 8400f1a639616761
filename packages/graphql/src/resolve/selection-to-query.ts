import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isObjectType,
  Kind,
  type SelectionNode,
} from 'graphql';
import { planOf } from '../schema/field-plan.js';
import { argsToDeep } from './args-to-query.js';

/** The part of an items query a selection set decides. */
export interface SelectionQuery {
  fields: string[];
  alias?: Record<string, string>;
  deep?: Record<string, unknown>;
}

interface Walk {
  info: GraphQLResolveInfo;
  fields: Set<string>;
  alias: Record<string, string>;
  deep: Record<string, unknown>;
}

const isIncluded = (node: SelectionNode, variables: Record<string, unknown>) =>
  getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;

/** The `deep` object at a path of response keys, created on the way. */
function deepAt(walk: Walk, path: readonly string[]): Record<string, unknown> {
  let level = walk.deep;
  for (const key of path) {
    level[key] ??= {};
    level = level[key] as Record<string, unknown>;
  }
  return level;
}

/** The selections of a set, fragments spread in, `@skip`/`@include` applied. */
function* flatten(walk: Walk, selections: readonly SelectionNode[], typeName: string): Generator<FieldNode> {
  for (const selection of selections) {
    if (!isIncluded(selection, walk.info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) yield selection;
    else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition?.name.value;
      if (condition === undefined || condition === typeName) {
        yield* flatten(walk, fragment.selectionSet.selections, typeName);
      }
    }
  }
}

/** The selections of a union field per member type: `... on headings { title }`. */
function byMember(walk: Walk, selections: readonly SelectionNode[]): Map<string, SelectionNode[]> {
  const members = new Map<string, SelectionNode[]>();
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD || !isIncluded(selection, walk.info.variableValues)) continue;
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.info.fragments[selection.name.value];
    const member = fragment?.typeCondition?.name.value;
    if (!fragment || !member) continue;
    members.set(member, [...(members.get(member) ?? []), ...fragment.selectionSet.selections]);
  }
  return members;
}

function walkSelections(
  walk: Walk,
  type: GraphQLObjectType,
  selections: readonly SelectionNode[],
  prefix: readonly string[],
): void {
  const path = (...keys: string[]) => [...prefix, ...keys].join('.');
  let selected = false;
  for (const node of flatten(walk, selections, type.name)) {
    const definition = type.getFields()[node.name.value];
    const plan = planOf(definition);
    if (!definition || !plan) continue;
    selected = true;
    if (plan.kind === 'scalar') {
      walk.fields.add(path(plan.field));
      continue;
    }
    if (plan.kind === 'func') {
      for (const part of flatten(walk, node.selectionSet?.selections ?? [], '')) {
        if (!part.name.value.startsWith('__')) walk.fields.add(path(`${part.name.value}(${plan.field})`));
      }
      continue;
    }
    const key = node.alias?.value ?? plan.field;
    if (key !== plan.field) {
      if (prefix.length === 0) walk.alias[key] = plan.field;
      else deepAt(walk, prefix)['_alias'] = { ...(deepAt(walk, prefix)['_alias'] ?? {}), [key]: plan.field };
    }
    const children = node.selectionSet?.selections ?? [];
    if (plan.kind === 'a2o') {
      walk.fields.add(path(plan.collectionField));
      for (const [member, memberSelections] of byMember(walk, children)) {
        const memberType = walk.info.schema.getType(member);
        if (isObjectType(memberType))
          walkSelections(walk, memberType, memberSelections, [...prefix, `${key}:${member}`]);
      }
      continue;
    }
    const args = getArgumentValues(definition, node, walk.info.variableValues);
    const deep = argsToDeep(args);
    if (Object.keys(deep).length > 0) Object.assign(deepAt(walk, [...prefix, key]), deep);
    const related = getNamedType(definition.type);
    if (!isObjectType(related)) continue;
    const before = walk.fields.size;
    walkSelections(walk, related, children, [...prefix, key]);
    if (walk.fields.size === before) walk.fields.add(path(key, plan.primary));
  }
  if (!selected && prefix.length === 0) walk.fields.add('*');
}

/**
 * Turns the selection set of a root field into the `fields`, `alias` and `deep` of one items query:
 * nested selections become dot paths (`author.name`), union fragments scoped paths
 * (`blocks.item:headings.title`), `<field>_func { year }` the function `year(<field>)`, arguments on
 * nested fields `deep` parameters, and aliased relations aliases, so the same relation can be read
 * twice with different arguments.
 */
export function selectionToQuery(info: GraphQLResolveInfo, type: GraphQLObjectType): SelectionQuery {
  const walk: Walk = { info, fields: new Set(), alias: {}, deep: {} };
  for (const node of info.fieldNodes) walkSelections(walk, type, node.selectionSet?.selections ?? [], []);
  return {
    fields: [...walk.fields],
    ...(Object.keys(walk.alias).length > 0 ? { alias: walk.alias } : {}),
    ...(Object.keys(walk.deep).length > 0 ? { deep: walk.deep } : {}),
  };
}
