import type { AnyPlinthErrorClass } from './define-error.js';
import { AuthFailedError } from './errors/auth-failed.js';
import { AuthTimeoutError } from './errors/auth-timeout.js';
import { ContainsNullValuesError } from './errors/contains-null-values.js';
import { ContentTooLargeError } from './errors/content-too-large.js';
import { EmailLimitExceededError } from './errors/email-limit-exceeded.js';
import { FailedValidationError } from './errors/failed-validation.js';
import { ForbiddenError } from './errors/forbidden.js';
import { GraphQLExecutionError } from './errors/graphql-execution.js';
import { GraphQLValidationError } from './errors/graphql-validation.js';
import { IllegalAssetTransformationError } from './errors/illegal-asset-transformation.js';
import { InternalServerError } from './errors/internal-server-error.js';
import { InvalidCollectionError } from './errors/invalid-collection.js';
import { InvalidCredentialsError } from './errors/invalid-credentials.js';
import { InvalidForeignKeyError } from './errors/invalid-foreign-key.js';
import { InvalidInviteError } from './errors/invalid-invite.js';
import { InvalidIpError } from './errors/invalid-ip.js';
import { InvalidMetadataError } from './errors/invalid-metadata.js';
import { InvalidOtpError } from './errors/invalid-otp.js';
import { InvalidPathParameterError } from './errors/invalid-path-parameter.js';
import { InvalidPayloadError } from './errors/invalid-payload.js';
import { InvalidProviderError } from './errors/invalid-provider.js';
import { InvalidProviderConfigError } from './errors/invalid-provider-config.js';
import { InvalidQueryError } from './errors/invalid-query.js';
import { InvalidTokenError } from './errors/invalid-token.js';
import { LimitExceededError } from './errors/limit-exceeded.js';
import { MethodNotAllowedError } from './errors/method-not-allowed.js';
import { NotNullViolationError } from './errors/not-null-violation.js';
import { OutOfDateError } from './errors/out-of-date.js';
import { OutOfTimeError } from './errors/out-of-time.js';
import { RangeNotSatisfiableError } from './errors/range-not-satisfiable.js';
import { RecordNotUniqueError } from './errors/record-not-unique.js';
import { RequestsExceededError } from './errors/requests-exceeded.js';
import { RouteNotFoundError } from './errors/route-not-found.js';
import { ServiceUnavailableError } from './errors/service-unavailable.js';
import { TokenExpiredError } from './errors/token-expired.js';
import { UnexpectedResponseError } from './errors/unexpected-response.js';
import { UnprocessableContentError } from './errors/unprocessable-content.js';
import { UnsupportedMediaTypeError } from './errors/unsupported-media-type.js';
import { UserSuspendedError } from './errors/user-suspended.js';
import { ValueOutOfRangeError } from './errors/value-out-of-range.js';
import { ValueTooLongError } from './errors/value-too-long.js';

/**
 * Every error class of the package, HTTP and WebSocket codes alike, one per code. The server uses it to
 * document its responses; the docs test uses it to keep `docs/errors.md` in step.
 */
export const errorClasses = [
  AuthFailedError,
  AuthTimeoutError,
  ContainsNullValuesError,
  ContentTooLargeError,
  EmailLimitExceededError,
  FailedValidationError,
  ForbiddenError,
  GraphQLExecutionError,
  GraphQLValidationError,
  IllegalAssetTransformationError,
  InternalServerError,
  InvalidCollectionError,
  InvalidCredentialsError,
  InvalidForeignKeyError,
  InvalidInviteError,
  InvalidIpError,
  InvalidMetadataError,
  InvalidOtpError,
  InvalidPathParameterError,
  InvalidPayloadError,
  InvalidProviderError,
  InvalidProviderConfigError,
  InvalidQueryError,
  InvalidTokenError,
  LimitExceededError,
  MethodNotAllowedError,
  NotNullViolationError,
  OutOfDateError,
  OutOfTimeError,
  RangeNotSatisfiableError,
  RecordNotUniqueError,
  RequestsExceededError,
  RouteNotFoundError,
  ServiceUnavailableError,
  TokenExpiredError,
  UnexpectedResponseError,
  UnprocessableContentError,
  UnsupportedMediaTypeError,
  UserSuspendedError,
  ValueOutOfRangeError,
  ValueTooLongError,
] as const satisfies readonly AnyPlinthErrorClass[];

/** One class of {@link errorClasses}. */
export type KnownErrorClass = (typeof errorClasses)[number];

/** The instance type of each known code, e.g. `PlinthErrorByCode['FORBIDDEN']` is a `ForbiddenError`. */
export type PlinthErrorByCode = {
  [Class in KnownErrorClass as Class['code']]: InstanceType<Class>;
};
