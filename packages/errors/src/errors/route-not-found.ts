import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link RouteNotFoundError}. */
export interface RouteNotFoundErrorExtensions {
  /** The requested path, without the query string. */
  path: string;
}

/**
 * 404: no route matches. The only 404 Plinth sends: missing collections and items are 403 `FORBIDDEN`.
 */
export const RouteNotFoundError = defineError(
  ErrorCode.RouteNotFound,
  404,
  ({ path }: RouteNotFoundErrorExtensions) => `Route ${path} doesn't exist.`,
);

/** An instance of {@link RouteNotFoundError}. */
export type RouteNotFoundError = InstanceType<typeof RouteNotFoundError>;
