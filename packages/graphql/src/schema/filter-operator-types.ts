import type { FieldOverview } from '@plinth/types';
import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  GraphQLString,
} from 'graphql';
import {
  GraphQLBigInt,
  GraphQLDate,
  GraphQLGeoJSON,
  GraphQLHash,
  GraphQLStringOrFloat,
} from '../lib/scalars.js';
import { toScalarType } from './to-scalar-type.js';

const nullChecks = { _null: { type: GraphQLBoolean }, _nnull: { type: GraphQLBoolean } };
const emptyChecks = { _empty: { type: GraphQLBoolean }, _nempty: { type: GraphQLBoolean } };

const textOperators = (type: GraphQLInputType): GraphQLInputFieldConfigMap => ({
  _eq: { type },
  _neq: { type },
  _contains: { type },
  _icontains: { type },
  _ncontains: { type },
  _starts_with: { type },
  _nstarts_with: { type },
  _istarts_with: { type },
  _nistarts_with: { type },
  _ends_with: { type },
  _nends_with: { type },
  _iends_with: { type },
  _niends_with: { type },
  _in: { type: new GraphQLList(type) },
  _nin: { type: new GraphQLList(type) },
  ...nullChecks,
  ...emptyChecks,
});

const rangeOperators = (type: GraphQLInputType): GraphQLInputFieldConfigMap => ({
  _eq: { type },
  _neq: { type },
  _in: { type: new GraphQLList(type) },
  _nin: { type: new GraphQLList(type) },
  _gt: { type },
  _gte: { type },
  _lt: { type },
  _lte: { type },
  ...nullChecks,
  _between: { type: new GraphQLList(type) },
  _nbetween: { type: new GraphQLList(type) },
});

const operators = (name: string, fields: GraphQLInputFieldConfigMap) =>
  new GraphQLInputObjectType({ name, fields });

/** Operators of text fields. */
export const stringFilterOperators = operators('string_filter_operators', textOperators(GraphQLString));
/** Operators of primary keys and UUIDs. */
export const idFilterOperators = operators('id_filter_operators', textOperators(GraphQLID));
/** Operators of integer and float fields; text is accepted too, for dynamic variables such as `$NOW`. */
export const numberFilterOperators = operators(
  'number_filter_operators',
  rangeOperators(GraphQLStringOrFloat),
);
/** Operators of 64-bit integer fields. */
export const bigIntFilterOperators = operators('big_int_filter_operators', rangeOperators(GraphQLBigInt));
/** Operators of date, time and timestamp fields. */
export const dateFilterOperators = operators('date_filter_operators', {
  ...rangeOperators(GraphQLString),
  _between: { type: new GraphQLList(GraphQLStringOrFloat) },
  _nbetween: { type: new GraphQLList(GraphQLStringOrFloat) },
});
/** Operators of boolean fields. */
export const booleanFilterOperators = operators('boolean_filter_operators', {
  _eq: { type: GraphQLBoolean },
  _neq: { type: GraphQLBoolean },
  ...nullChecks,
});
/** Operators of geometry fields. */
export const geometryFilterOperators = operators('geometry_filter_operators', {
  _eq: { type: GraphQLGeoJSON },
  _neq: { type: GraphQLGeoJSON },
  _intersects: { type: GraphQLGeoJSON },
  _nintersects: { type: GraphQLGeoJSON },
  _intersects_bbox: { type: GraphQLGeoJSON },
  _nintersects_bbox: { type: GraphQLGeoJSON },
  ...nullChecks,
});
/** Operators of hashed and concealed fields: presence only. */
export const hashFilterOperators = operators('hash_filter_operators', { ...nullChecks, ...emptyChecks });

const datePartFilters = {
  year: { type: numberFilterOperators },
  month: { type: numberFilterOperators },
  week: { type: numberFilterOperators },
  day: { type: numberFilterOperators },
  weekday: { type: numberFilterOperators },
};
const timePartFilters = {
  hour: { type: numberFilterOperators },
  minute: { type: numberFilterOperators },
  second: { type: numberFilterOperators },
};

/** `count` of a JSON array or of related items. */
export const countFunctionFilterOperators = operators('count_function_filter_operators', {
  count: { type: numberFilterOperators },
});
/** Date parts of a `date` field. */
export const dateFunctionFilterOperators = operators('date_function_filter_operators', datePartFilters);
/** Time parts of a `time` field. */
export const timeFunctionFilterOperators = operators('time_function_filter_operators', timePartFilters);
/** Date and time parts of a `dateTime` or `timestamp` field. */
export const datetimeFunctionFilterOperators = operators('datetime_function_filter_operators', {
  ...datePartFilters,
  ...timePartFilters,
});

/** The operator input type of a scalar field, by the GraphQL type of its value. */
export function filterOperatorsOf(field: FieldOverview, isPrimary: boolean): GraphQLInputObjectType {
  if (isPrimary) return idFilterOperators;
  const type = toScalarType(field);
  if (type === GraphQLBoolean) return booleanFilterOperators;
  if (type === GraphQLBigInt) return bigIntFilterOperators;
  if (type === GraphQLInt || type === GraphQLFloat) return numberFilterOperators;
  if (type === GraphQLID) return idFilterOperators;
  if (type === GraphQLGeoJSON) return geometryFilterOperators;
  if (type === GraphQLDate) return dateFilterOperators;
  if (type === GraphQLHash) return hashFilterOperators;
  return stringFilterOperators;
}

/** The `<field>_func` filter type of a field, if its type has functions. */
export function functionFilterOf(field: FieldOverview): GraphQLInputObjectType | null {
  switch (field.type) {
    case 'date':
      return dateFunctionFilterOperators;
    case 'time':
      return timeFunctionFilterOperators;
    case 'dateTime':
    case 'timestamp':
      return datetimeFunctionFilterOperators;
    case 'json':
    case 'alias':
      return countFunctionFilterOperators;
    default:
      return null;
  }
}
