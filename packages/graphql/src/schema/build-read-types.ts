import {
  type GraphQLFieldConfigMap,
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  GraphQLUnionType,
} from 'graphql';
import type { FilterTypes } from './build-filter-types.js';
import type { CollectionModel, RelationalField } from './collection-model.js';
import type { FieldPlan } from './field-plan.js';
import { functionField } from './function-types.js';
import { listArgs } from './list-args.js';
import { isRequiredOnCreate, toScalarType } from './to-scalar-type.js';

type Item = Record<string, unknown>;

/** Where the collection of a many-to-any value travels from the junction row to `resolveType`. */
const COLLECTION = Symbol('plinth.collection');

// Relational values sit under the response key: an aliased relation is read under its alias.
const byResponseKey = (item: Item, _args: unknown, _context: unknown, info: GraphQLResolveInfo) =>
  item[info.path.key];

function scalarFields(model: CollectionModel): GraphQLFieldConfigMap<Item, unknown> {
  const fields: GraphQLFieldConfigMap<Item, unknown> = {};
  const { primary, singleton } = model.overview;
  for (const field of model.scalars) {
    const plan: FieldPlan = { kind: 'scalar', field: field.field };
    let type: GraphQLOutputType = toScalarType(field);
    if (field.field === primary) type = singleton ? GraphQLID : new GraphQLNonNull(GraphQLID);
    else if (isRequiredOnCreate(field)) type = new GraphQLNonNull(type);
    fields[field.field] = { type, description: field.meta?.note ?? undefined, extensions: { plinth: plan } };
    const functions = functionField(field);
    if (functions) fields[`${field.field}_func`] = functions;
  }
  return fields;
}

function unionOf(
  model: CollectionModel,
  relation: Extract<RelationalField, { kind: 'a2o' }>,
  objects: ReadonlyMap<string, GraphQLObjectType>,
): GraphQLUnionType {
  return new GraphQLUnionType({
    name: `${model.name}_${relation.field}_union`,
    types: () => relation.allowed.map((name) => objects.get(name)!),
    resolveType: (value) => objects.get(String((value as { [COLLECTION]?: unknown })[COLLECTION]))?.name,
  });
}

function relationalFields(
  model: CollectionModel,
  models: ReadonlyMap<string, CollectionModel>,
  objects: ReadonlyMap<string, GraphQLObjectType>,
  filters: FilterTypes,
): GraphQLFieldConfigMap<Item, unknown> {
  const fields: GraphQLFieldConfigMap<Item, unknown> = {};
  for (const relation of model.relations) {
    if (relation.kind === 'a2o') {
      const plan: FieldPlan = {
        kind: 'a2o',
        field: relation.field,
        collectionField: relation.collectionField,
      };
      fields[relation.field] = {
        type: unionOf(model, relation, objects),
        extensions: { plinth: plan },
        resolve: (item, args, context, info) => {
          const value = byResponseKey(item, args, context, info);
          const collection = item[relation.collectionField];
          // A row pointing at a collection the union does not hold (or holding a bare key) reads as null.
          if (typeof value !== 'object' || value === null) return null;
          if (typeof collection !== 'string' || !relation.allowed.includes(collection)) return null;
          return { ...value, [COLLECTION]: collection };
        },
      };
      continue;
    }
    const related = objects.get(relation.related)!;
    const primary = models.get(relation.related)!.overview.primary;
    const plan: FieldPlan = {
      kind: relation.kind,
      field: relation.field,
      related: relation.related,
      primary,
    };
    fields[relation.field] = {
      type: relation.kind === 'm2o' ? related : new GraphQLList(related),
      args: listArgs(filters.filters.get(relation.related)!),
      extensions: { plinth: plan },
      resolve: byResponseKey,
    };
    if (relation.kind === 'o2m') {
      const alias = model.overview.fields[relation.field];
      const functions = alias ? functionField(alias) : null;
      if (functions) fields[`${relation.field}_func`] = functions;
    }
  }
  return fields;
}

/**
 * Builds the object type `<c>` of every collection: scalar fields typed per field type (`ID!` for the
 * primary key, non-null where a create must give a value), `<field>_func` for date parts and counts,
 * m2o fields as the related type, o2m fields as lists of it (both with the list arguments), and
 * many-to-any fields as the union `<c>_<field>_union`.
 */
export function buildReadTypes(
  models: ReadonlyMap<string, CollectionModel>,
  filters: FilterTypes,
): Map<string, GraphQLObjectType> {
  const objects = new Map<string, GraphQLObjectType>();
  for (const model of models.values()) {
    objects.set(
      model.name,
      new GraphQLObjectType<Item, unknown>({
        name: model.name,
        description: model.overview.note ?? undefined,
        fields: () => ({ ...scalarFields(model), ...relationalFields(model, models, objects, filters) }),
      }),
    );
  }
  return objects;
}
