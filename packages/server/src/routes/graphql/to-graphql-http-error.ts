import { GraphQLValidationError, MethodNotAllowedError } from '@plinth/errors';

interface MercuriusError {
  code?: unknown;
  errors?: unknown;
}

const toEntry = (error: unknown) =>
  typeof (error as { toJSON?: unknown }).toJSON === 'function'
    ? (error as { toJSON(): unknown }).toJSON()
    : { message: String((error as Error).message ?? error) };

/**
 * Turns what mercurius throws before execution into the REST envelope's errors: a document that does
 * not parse or validate (syntax, unknown fields, bad variables, too deep) is 400 `GRAPHQL_VALIDATION`
 * with the GraphQL errors in `extensions.errors`; a mutation over GET is 405. Anything else is
 * passed on unchanged.
 */
export function toGraphQLHttpError(error: unknown): unknown {
  const { code, errors } = (error ?? {}) as MercuriusError;
  if (code === 'MER_ERR_GQL_VALIDATION') {
    return new GraphQLValidationError({ errors: Array.isArray(errors) ? errors.map(toEntry) : [] });
  }
  if (code === 'MER_ERR_METHOD_NOT_ALLOWED') {
    return new MethodNotAllowedError({ allowed: ['POST'], current: 'GET' });
  }
  return error;
}
