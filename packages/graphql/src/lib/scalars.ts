import { GraphQLScalarType, GraphQLString, Kind, type ValueNode } from 'graphql';

/** Any JSON value, written as it is and read from a literal of any kind. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables ?? undefined),
});

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((value) => literalToJson(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      return undefined;
  }
}

/** Dates, times and timestamps travel as the strings the REST API returns. */
export const GraphQLDate = new GraphQLScalarType({
  ...GraphQLString.toConfig(),
  name: 'Date',
  description: 'A date, time or timestamp as text.',
});

/** Hashed values (`hash` fields and concealed ones), never readable as plain text. */
export const GraphQLHash = new GraphQLScalarType({
  ...GraphQLString.toConfig(),
  name: 'Hash',
  description: 'Hashed string values.',
});

/** A 64-bit integer: written as text so no digit is lost, read from text. */
export const GraphQLBigInt = new GraphQLScalarType({
  name: 'GraphQLBigInt',
  description: 'A 64-bit integer, as text.',
  serialize: (value) => (typeof value === 'number' || typeof value === 'bigint' ? String(value) : value),
  parseValue: (value) => parseBigInt(value),
  parseLiteral: (ast) => parseBigInt(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : null),
});

function parseBigInt(value: unknown): string | number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^[+-]?\d+$/.test(value)) {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value;
  }
  throw new TypeError('GraphQLBigInt takes an integer written as text');
}

/** A GeoJSON geometry object. */
export const GraphQLGeoJSON = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  name: 'GraphQLGeoJSON',
  description: 'A GeoJSON geometry.',
});

/** Filter values of number and date fields: a number, or text such as `$NOW` or a date. */
export const GraphQLStringOrFloat = new GraphQLScalarType({
  name: 'GraphQLStringOrFloat',
  description: 'A number or a string.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value === 'string' || typeof value === 'number') return value;
    throw new TypeError('Expected a number or a string');
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
    if (ast.kind === Kind.STRING) return ast.value;
    throw new TypeError('Expected a number or a string');
  },
});

/** The type of the lone `_empty` field of a schema with nothing to query. */
export const GraphQLVoid = new GraphQLScalarType({
  name: 'Void',
  description: 'Always null.',
  serialize: () => null,
  parseValue: () => null,
  parseLiteral: () => null,
});
