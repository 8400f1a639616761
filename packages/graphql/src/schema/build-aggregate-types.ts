import { type GraphQLFieldConfigMap, GraphQLFloat, GraphQLInt, GraphQLObjectType } from 'graphql';
import { GraphQLBigInt, GraphQLJSON } from '../lib/scalars.js';
import type { CollectionModel } from './collection-model.js';
import { toScalarType } from './to-scalar-type.js';

const NUMERIC_OPERATIONS = ['avg', 'sum', 'avgDistinct', 'sumDistinct', 'min', 'max'] as const;

/**
 * Builds `<c>_aggregated`, the row type of `<c>_aggregated`: `group` (the group-by values), `countAll`,
 * `count { <field> }` and `countDistinct { <field> }`, and, when the collection has integer or float
 * fields, `avg`, `sum`, `avgDistinct`, `sumDistinct`, `min` and `max` over its numeric fields.
 */
export function buildAggregateType(model: CollectionModel): GraphQLObjectType {
  const countType = new GraphQLObjectType({
    name: `${model.name}_aggregated_count`,
    fields: Object.fromEntries(
      [
        ...model.scalars.map((field) => field.field),
        ...model.relations.map((relation) => relation.field),
      ].map((field) => [field, { type: GraphQLInt }]),
    ),
  });
  const numeric = model.scalars.filter((field) => {
    const type = toScalarType(field);
    return type === GraphQLInt || type === GraphQLFloat || type === GraphQLBigInt;
  });
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {
    group: { type: GraphQLJSON },
    countAll: { type: GraphQLInt },
    count: { type: countType },
    countDistinct: { type: countType },
  };
  const hasNumbers = numeric.some((field) => toScalarType(field) !== GraphQLBigInt);
  if (hasNumbers) {
    const numberType = new GraphQLObjectType({
      name: `${model.name}_aggregated_fields`,
      fields: Object.fromEntries(numeric.map((field) => [field.field, { type: GraphQLFloat }])),
    });
    for (const operation of NUMERIC_OPERATIONS) fields[operation] = { type: numberType };
  }
  return new GraphQLObjectType({ name: `${model.name}_aggregated`, fields });
}
