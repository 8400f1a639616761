import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link MethodNotAllowedError}. */
export interface MethodNotAllowedErrorExtensions {
  /** The methods the route accepts; also sent as the `Allow` header. */
  allowed: string[];
  /** The method that was used. */
  current: string;
}

/** 405: GraphQL over a method other than GET/POST, or a mutation sent with GET. */
export const MethodNotAllowedError = defineError(
  ErrorCode.MethodNotAllowed,
  405,
  ({ allowed, current }: MethodNotAllowedErrorExtensions) =>
    `Invalid method "${current}" used. Should be one of ${allowed.map((method) => `"${method}"`).join(', ')}.`,
);

/** An instance of {@link MethodNotAllowedError}. */
export type MethodNotAllowedError = InstanceType<typeof MethodNotAllowedError>;
