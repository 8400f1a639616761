import {
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * The input twin of an object type, named `<name>_input`, with nested objects converted the same way
 * and scalars, lists and non-null wrappers kept; `extra` adds fields to the outermost type only.
 */
export function toInputType(
  type: GraphQLObjectType,
  extra: Record<string, { type: GraphQLInputType }> = {},
): GraphQLInputObjectType {
  const convert = (output: GraphQLOutputType): GraphQLInputType => {
    if (isNonNullType(output)) return new GraphQLNonNull(convert(output.ofType));
    if (isListType(output)) return new GraphQLList(convert(output.ofType));
    if (isObjectType(output)) return toInputType(output);
    return output as GraphQLInputType;
  };
  return new GraphQLInputObjectType({
    name: `${type.name}_input`,
    fields: () => ({
      ...Object.fromEntries(
        Object.values(type.getFields()).map((field) => [field.name, { type: convert(field.type) }]),
      ),
      ...extra,
    }),
  });
}

/** A non-null wrapper, for arguments that must be given. */
export const requiredInput = (type: GraphQLInputType) => new GraphQLNonNull(type);

/** `[type!]`, for lists of input objects. */
export const inputList = (type: GraphQLInputType) => new GraphQLList(new GraphQLNonNull(type));
