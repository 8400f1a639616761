export {
  type AnyPlinthErrorClass,
  defineError,
  type ErrorArgs,
  type ErrorMessage,
  type NoExtensions,
  PLINTH_ERROR_NAME,
  type PlinthError,
  type PlinthErrorClass,
} from './define-error.js';
export { errorClasses, type KnownErrorClass, type PlinthErrorByCode } from './error-classes.js';
export { ErrorCode, WebSocketErrorCode } from './error-code.js';
export { type ErrorHeadersOptions, errorHeaders } from './error-headers.js';
export { AuthFailedError, type AuthFailedErrorExtensions } from './errors/auth-failed.js';
export { AuthTimeoutError } from './errors/auth-timeout.js';
export {
  ContainsNullValuesError,
  type ContainsNullValuesErrorExtensions,
} from './errors/contains-null-values.js';
export { ContentTooLargeError } from './errors/content-too-large.js';
export {
  EmailLimitExceededError,
  type EmailLimitExceededErrorExtensions,
} from './errors/email-limit-exceeded.js';
export {
  FailedValidationError,
  type FailedValidationErrorExtensions,
  type FailedValidationType,
  type ValidationValue,
} from './errors/failed-validation.js';
export { ForbiddenError, type ForbiddenErrorExtensions } from './errors/forbidden.js';
export { GraphQLExecutionError, type GraphQLExecutionErrorExtensions } from './errors/graphql-execution.js';
export {
  GraphQLValidationError,
  type GraphQLValidationErrorExtensions,
} from './errors/graphql-validation.js';
export {
  IllegalAssetTransformationError,
  type IllegalAssetTransformationErrorExtensions,
} from './errors/illegal-asset-transformation.js';
export { InternalServerError } from './errors/internal-server-error.js';
export { InvalidCollectionError } from './errors/invalid-collection.js';
export { InvalidCredentialsError } from './errors/invalid-credentials.js';
export {
  InvalidForeignKeyError,
  type InvalidForeignKeyErrorExtensions,
} from './errors/invalid-foreign-key.js';
export { InvalidInviteError } from './errors/invalid-invite.js';
export { InvalidIpError } from './errors/invalid-ip.js';
export { InvalidMetadataError } from './errors/invalid-metadata.js';
export { InvalidOtpError } from './errors/invalid-otp.js';
export {
  InvalidPathParameterError,
  type InvalidPathParameterErrorExtensions,
} from './errors/invalid-path-parameter.js';
export { InvalidPayloadError, type InvalidPayloadErrorExtensions } from './errors/invalid-payload.js';
export { InvalidProviderError } from './errors/invalid-provider.js';
export {
  InvalidProviderConfigError,
  type InvalidProviderConfigErrorExtensions,
} from './errors/invalid-provider-config.js';
export { InvalidQueryError, type InvalidQueryErrorExtensions } from './errors/invalid-query.js';
export { InvalidTokenError } from './errors/invalid-token.js';
export { LimitExceededError, type LimitExceededErrorExtensions } from './errors/limit-exceeded.js';
export { MethodNotAllowedError, type MethodNotAllowedErrorExtensions } from './errors/method-not-allowed.js';
export { NotNullViolationError, type NotNullViolationErrorExtensions } from './errors/not-null-violation.js';
export { OutOfDateError } from './errors/out-of-date.js';
export { OutOfTimeError, type OutOfTimeErrorExtensions } from './errors/out-of-time.js';
export {
  type ByteRange,
  RangeNotSatisfiableError,
  type RangeNotSatisfiableErrorExtensions,
} from './errors/range-not-satisfiable.js';
export { RecordNotUniqueError, type RecordNotUniqueErrorExtensions } from './errors/record-not-unique.js';
export { RequestsExceededError, type RequestsExceededErrorExtensions } from './errors/requests-exceeded.js';
export { RouteNotFoundError, type RouteNotFoundErrorExtensions } from './errors/route-not-found.js';
export {
  ServiceUnavailableError,
  type ServiceUnavailableErrorExtensions,
} from './errors/service-unavailable.js';
export { TokenExpiredError } from './errors/token-expired.js';
export { UnexpectedResponseError } from './errors/unexpected-response.js';
export {
  UnprocessableContentError,
  type UnprocessableContentErrorExtensions,
} from './errors/unprocessable-content.js';
export {
  UnsupportedMediaTypeError,
  type UnsupportedMediaTypeErrorExtensions,
} from './errors/unsupported-media-type.js';
export { UserSuspendedError } from './errors/user-suspended.js';
export { ValueOutOfRangeError, type ValueOutOfRangeErrorExtensions } from './errors/value-out-of-range.js';
export { ValueTooLongError, type ValueTooLongErrorExtensions } from './errors/value-too-long.js';
export { isPlinthError } from './is-plinth-error.js';
export {
  type ErrorEnvelope,
  type ErrorEnvelopeEntry,
  type ErrorEnvelopeOptions,
  toErrorEnvelope,
} from './to-error-envelope.js';
