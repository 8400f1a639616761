import { ErrorCode, InternalServerError, isPlinthError } from '@plinth/errors';
import type { GraphQLError } from 'graphql';

/** One entry of a GraphQL response's `errors`, with the REST error codes in `extensions`. */
export interface GraphQLErrorEntry {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions: Record<string, unknown>;
}

/** Options of {@link formatGraphQLError}. */
export interface FormatGraphQLErrorOptions {
  /** Show the real message of unexpected errors (for admins). @default false */
  exposeUnknown?: boolean;
}

function causesOf(error: GraphQLError): unknown[] {
  const cause = error.originalError;
  if (
    cause instanceof AggregateError &&
    cause.errors.length > 0 &&
    cause.errors.every((e) => isPlinthError(e))
  ) {
    return cause.errors;
  }
  return [cause];
}

/**
 * Formats an execution error the way the REST envelope does: a Plinth error keeps its message and
 * extensions and adds its `code` (several validation failures become several entries); anything
 * else is `INTERNAL_SERVER_ERROR` with the generic message unless `exposeUnknown`.
 */
export function formatGraphQLError(
  error: GraphQLError,
  options: FormatGraphQLErrorOptions = {},
): GraphQLErrorEntry[] {
  const where = {
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
  };
  return causesOf(error).map((cause) => {
    if (isPlinthError(cause)) {
      return { message: cause.message, ...where, extensions: { ...cause.extensions, code: cause.code } };
    }
    const message = options.exposeUnknown ? error.message : new InternalServerError().message;
    return { message, ...where, extensions: { code: ErrorCode.InternalServerError } };
  });
}
