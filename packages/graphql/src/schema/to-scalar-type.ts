import type { FieldOverview } from '@plinth/types';
import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  type GraphQLScalarType,
  GraphQLString,
} from 'graphql';
import { GraphQLBigInt, GraphQLDate, GraphQLGeoJSON, GraphQLHash, GraphQLJSON } from '../lib/scalars.js';

/** The GraphQL type of a field's value: `csv` is a list of strings, everything else a scalar. */
export type FieldValueType = GraphQLScalarType | GraphQLList<GraphQLScalarType>;

/**
 * Maps a field's wire type to its GraphQL type the way the reference does: concealed and hashed
 * fields are `Hash`, UUIDs are `ID`, every date-like type is `Date` (text), 64-bit integers are
 * `GraphQLBigInt`, and anything unknown is a string.
 */
export function toScalarType(field: FieldOverview): FieldValueType {
  if (field.type === 'hash' || field.special.includes('conceal')) return GraphQLHash;
  if (field.type.startsWith('geometry')) return GraphQLGeoJSON;
  switch (field.type) {
    case 'boolean':
      return GraphQLBoolean;
    case 'integer':
      return GraphQLInt;
    case 'bigInteger':
      return GraphQLBigInt;
    case 'float':
    case 'decimal':
      return GraphQLFloat;
    case 'csv':
      return new GraphQLList(GraphQLString);
    case 'json':
      return GraphQLJSON;
    case 'date':
    case 'dateTime':
    case 'time':
    case 'timestamp':
      return GraphQLDate;
    case 'uuid':
      return GraphQLID;
    default:
      return GraphQLString;
  }
}

/** Specials whose value the server fills in on create, so the field is never required. */
const GENERATED_SPECIALS = new Set([
  'uuid',
  'user-created',
  'user-updated',
  'role-created',
  'role-updated',
  'date-created',
  'date-updated',
]);

/** A column a create must give: not nullable, no default, not filled by the server. */
export function isRequiredOnCreate(field: FieldOverview): boolean {
  return (
    !field.nullable &&
    (field.defaultValue === null || field.defaultValue === undefined) &&
    !field.generated &&
    !field.schema?.has_auto_increment &&
    !field.special.some((special) => GENERATED_SPECIALS.has(special))
  );
}
