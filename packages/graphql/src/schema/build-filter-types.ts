import { type GraphQLInputFieldConfigMap, GraphQLInputObjectType, GraphQLList } from 'graphql';
import type { CollectionModel } from './collection-model.js';
import {
  countFunctionFilterOperators,
  filterOperatorsOf,
  functionFilterOf,
} from './filter-operator-types.js';

/** The filter input types of every collection. */
export interface FilterTypes {
  /** `<c>_filter`: one entry per field, relations nested, `_and`/`_or`. */
  filters: Map<string, GraphQLInputObjectType>;
  /** `<c>_quantifier_filter`: the same plus `_some`/`_none`, for o2m fields pointing at `<c>`. */
  quantifiers: Map<string, GraphQLInputObjectType>;
}

/**
 * Builds `<c>_filter` and `<c>_quantifier_filter` for every collection. Function filters are spelled
 * `<field>_func: { year: {...} }` and many-to-any scopes `<field>__<collection>`, since GraphQL names
 * allow neither `(` nor `:`; the resolvers translate them back.
 */
export function buildFilterTypes(models: ReadonlyMap<string, CollectionModel>): FilterTypes {
  const filters = new Map<string, GraphQLInputObjectType>();
  const quantifiers = new Map<string, GraphQLInputObjectType>();
  const filterOf = (name: string) => filters.get(name)!;

  const fieldsOf = (model: CollectionModel): GraphQLInputFieldConfigMap => {
    const fields: GraphQLInputFieldConfigMap = {};
    for (const field of model.scalars) {
      fields[field.field] = { type: filterOperatorsOf(field, field.field === model.overview.primary) };
      const functions = functionFilterOf(field);
      if (functions) fields[`${field.field}_func`] = { type: functions };
    }
    for (const relation of model.relations) {
      if (relation.kind === 'm2o') fields[relation.field] = { type: filterOf(relation.related) };
      if (relation.kind === 'o2m') {
        fields[relation.field] = { type: quantifiers.get(relation.related)! };
        fields[`${relation.field}_func`] = { type: countFunctionFilterOperators };
      }
      if (relation.kind === 'a2o') {
        for (const collection of relation.allowed) {
          fields[`${relation.field}__${collection}`] = { type: filterOf(collection) };
        }
      }
    }
    fields['_and'] = { type: new GraphQLList(filterOf(model.name)) };
    fields['_or'] = { type: new GraphQLList(filterOf(model.name)) };
    return fields;
  };

  for (const model of models.values()) {
    filters.set(
      model.name,
      new GraphQLInputObjectType({ name: `${model.name}_filter`, fields: () => fieldsOf(model) }),
    );
    quantifiers.set(
      model.name,
      new GraphQLInputObjectType({
        name: `${model.name}_quantifier_filter`,
        fields: () => ({
          ...fieldsOf(model),
          _some: { type: filterOf(model.name) },
          _none: { type: filterOf(model.name) },
        }),
      }),
    );
  }
  return { filters, quantifiers };
}
