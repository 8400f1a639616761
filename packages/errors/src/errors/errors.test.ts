import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyPlinthErrorClass, PlinthError } from '../define-error.js';
import { errorClasses } from '../error-classes.js';
import { AuthFailedError } from './auth-failed.js';
import { AuthTimeoutError } from './auth-timeout.js';
import { ContainsNullValuesError } from './contains-null-values.js';
import { ContentTooLargeError } from './content-too-large.js';
import { EmailLimitExceededError } from './email-limit-exceeded.js';
import { FailedValidationError } from './failed-validation.js';
import { ForbiddenError } from './forbidden.js';
import { GraphQLExecutionError } from './graphql-execution.js';
import { GraphQLValidationError } from './graphql-validation.js';
import { IllegalAssetTransformationError } from './illegal-asset-transformation.js';
import { InternalServerError } from './internal-server-error.js';
import { InvalidCollectionError } from './invalid-collection.js';
import { InvalidCredentialsError } from './invalid-credentials.js';
import { InvalidForeignKeyError } from './invalid-foreign-key.js';
import { InvalidInviteError } from './invalid-invite.js';
import { InvalidIpError } from './invalid-ip.js';
import { InvalidMetadataError } from './invalid-metadata.js';
import { InvalidOtpError } from './invalid-otp.js';
import { InvalidPathParameterError } from './invalid-path-parameter.js';
import { InvalidPayloadError } from './invalid-payload.js';
import { InvalidProviderError } from './invalid-provider.js';
import { InvalidProviderConfigError } from './invalid-provider-config.js';
import { InvalidQueryError } from './invalid-query.js';
import { InvalidTokenError } from './invalid-token.js';
import { LimitExceededError } from './limit-exceeded.js';
import { MethodNotAllowedError } from './method-not-allowed.js';
import { NotNullViolationError } from './not-null-violation.js';
import { OutOfDateError } from './out-of-date.js';
import { OutOfTimeError } from './out-of-time.js';
import { RangeNotSatisfiableError } from './range-not-satisfiable.js';
import { RecordNotUniqueError } from './record-not-unique.js';
import { RequestsExceededError } from './requests-exceeded.js';
import { RouteNotFoundError } from './route-not-found.js';
import { ServiceUnavailableError } from './service-unavailable.js';
import { TokenExpiredError } from './token-expired.js';
import { UnexpectedResponseError } from './unexpected-response.js';
import { UnprocessableContentError } from './unprocessable-content.js';
import { UnsupportedMediaTypeError } from './unsupported-media-type.js';
import { UserSuspendedError } from './user-suspended.js';
import { ValueOutOfRangeError } from './value-out-of-range.js';
import { ValueTooLongError } from './value-too-long.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');

interface Case {
  error: PlinthError;
  class: AnyPlinthErrorClass;
  code: string;
  status: number;
  message: string;
  extensions: Record<string, unknown>;
}

// Built lazily so the fake clock is in place before RequestsExceeded computes its message.
const cases = (): Case[] => {
  const row = (
    Class: AnyPlinthErrorClass,
    error: PlinthError,
    code: string,
    status: number,
    message: string,
    extensions: Record<string, unknown> = {},
  ): Case => ({ class: Class, error, code, status, message, extensions });

  const column = { collection: 'articles', field: 'slug' };
  const validation = { field: 'title', path: [], type: 'nnull' as const };
  const reset = new Date(NOW.getTime() + 1000);

  return [
    row(ForbiddenError, new ForbiddenError(), 'FORBIDDEN', 403, "You don't have permission to access this."),
    row(
      InvalidCredentialsError,
      new InvalidCredentialsError(),
      'INVALID_CREDENTIALS',
      401,
      'Invalid user credentials.',
    ),
    row(InvalidTokenError, new InvalidTokenError(), 'INVALID_TOKEN', 403, 'Invalid token.'),
    row(TokenExpiredError, new TokenExpiredError(), 'TOKEN_EXPIRED', 401, 'Token expired.'),
    row(InvalidOtpError, new InvalidOtpError(), 'INVALID_OTP', 401, 'Invalid user OTP.'),
    row(UserSuspendedError, new UserSuspendedError(), 'USER_SUSPENDED', 401, 'User suspended.'),
    row(InvalidIpError, new InvalidIpError(), 'INVALID_IP', 401, 'Invalid IP address.'),
    row(
      InvalidPayloadError,
      new InvalidPayloadError({ reason: '"email" is required' }),
      'INVALID_PAYLOAD',
      400,
      'Invalid payload. "email" is required.',
      { reason: '"email" is required' },
    ),
    row(
      InvalidQueryError,
      new InvalidQueryError({ reason: 'Max relational depth exceeded' }),
      'INVALID_QUERY',
      400,
      'Invalid query. Max relational depth exceeded.',
      { reason: 'Max relational depth exceeded' },
    ),
    row(
      InvalidPathParameterError,
      new InvalidPathParameterError({ reason: 'Collection name is reserved' }),
      'INVALID_PATH_PARAMETER',
      400,
      'Invalid path parameter. Collection name is reserved.',
      { reason: 'Collection name is reserved' },
    ),
    row(
      FailedValidationError,
      new FailedValidationError(validation),
      'FAILED_VALIDATION',
      400,
      'Validation failed for field "title". Value can\'t be null.',
      { field: 'title', path: [], type: 'nnull' },
    ),
    row(
      RecordNotUniqueError,
      new RecordNotUniqueError({ ...column, value: 'dup' }),
      'RECORD_NOT_UNIQUE',
      400,
      'Value "dup" for field "slug" in collection "articles" has to be unique.',
      { ...column, value: 'dup' },
    ),
    row(
      NotNullViolationError,
      new NotNullViolationError(column),
      'NOT_NULL_VIOLATION',
      400,
      'Value for field "slug" in collection "articles" can\'t be null.',
      column,
    ),
    row(
      ValueTooLongError,
      new ValueTooLongError({ ...column, value: 'abcdef' }),
      'VALUE_TOO_LONG',
      400,
      'Value "abcdef" for field "slug" in collection "articles" is too long.',
      { ...column, value: 'abcdef' },
    ),
    row(
      ValueOutOfRangeError,
      new ValueOutOfRangeError({ ...column, value: 99999 }),
      'VALUE_OUT_OF_RANGE',
      400,
      'Numeric value "99999" for field "slug" in collection "articles" is out of range.',
      { ...column, value: 99999 },
    ),
    row(
      InvalidForeignKeyError,
      new InvalidForeignKeyError({ collection: 'articles', field: 'author', value: 7 }),
      'INVALID_FOREIGN_KEY',
      400,
      'Invalid foreign key "7" for field "author" in collection "articles".',
      { collection: 'articles', field: 'author', value: 7 },
    ),
    row(
      ContainsNullValuesError,
      new ContainsNullValuesError(column),
      'CONTAINS_NULL_VALUES',
      400,
      'Field "slug" in collection "articles" contains null values.',
      column,
    ),
    row(
      IllegalAssetTransformationError,
      new IllegalAssetTransformationError({ invalidTransformations: ['width'] }),
      'ILLEGAL_ASSET_TRANSFORMATION',
      400,
      'Illegal asset transformation.',
      { invalidTransformations: ['width'] },
    ),
    row(
      InvalidInviteError,
      new InvalidInviteError(),
      'INVALID_INVITE',
      400,
      'This invite is no longer valid.',
    ),
    row(
      RouteNotFoundError,
      new RouteNotFoundError({ path: '/nope' }),
      'ROUTE_NOT_FOUND',
      404,
      "Route /nope doesn't exist.",
      { path: '/nope' },
    ),
    row(
      MethodNotAllowedError,
      new MethodNotAllowedError({ allowed: ['GET', 'POST'], current: 'PUT' }),
      'METHOD_NOT_ALLOWED',
      405,
      'Invalid method "PUT" used. Should be one of "GET", "POST".',
      { allowed: ['GET', 'POST'], current: 'PUT' },
    ),
    row(
      OutOfTimeError,
      new OutOfTimeError({ category: 'Import', duration: 120_000 }),
      'OUT_OF_TIME',
      408,
      'Import timed out after 2 minutes.',
      { category: 'Import', duration: 120_000 },
    ),
    row(
      ContentTooLargeError,
      new ContentTooLargeError(),
      'CONTENT_TOO_LARGE',
      413,
      'Uploaded content is too large.',
    ),
    row(
      UnsupportedMediaTypeError,
      new UnsupportedMediaTypeError({ mediaType: 'text/plain', where: '"Content-Type" header' }),
      'UNSUPPORTED_MEDIA_TYPE',
      415,
      'Unsupported media type "text/plain" in "Content-Type" header.',
      { mediaType: 'text/plain', where: '"Content-Type" header' },
    ),
    row(
      RangeNotSatisfiableError,
      new RangeNotSatisfiableError({ range: { start: 500 } }),
      'RANGE_NOT_SATISFIABLE',
      416,
      'Range "500-" is invalid or the file\'s size doesn\'t match the requested range.',
      { range: { start: 500 } },
    ),
    row(
      UnprocessableContentError,
      new UnprocessableContentError({ reason: 'Image is corrupt' }),
      'UNPROCESSABLE_CONTENT',
      422,
      "Can't process content. Image is corrupt.",
      { reason: 'Image is corrupt' },
    ),
    row(
      RequestsExceededError,
      new RequestsExceededError({ limit: 50, reset }),
      'REQUESTS_EXCEEDED',
      429,
      'Too many requests, retry after 1s.',
      { limit: 50, reset },
    ),
    row(
      EmailLimitExceededError,
      new EmailLimitExceededError({ points: 5, duration: 3_600_000 }),
      'EMAIL_LIMIT_EXCEEDED',
      429,
      'Email sending limit exceeded. Limit 5 mails per 1 hour.',
      { points: 5, duration: 3_600_000 },
    ),
    row(
      LimitExceededError,
      new LimitExceededError({ category: 'Active User' }),
      'LIMIT_EXCEEDED',
      403,
      'Active User limit exceeded.',
      { category: 'Active User' },
    ),
    row(
      InternalServerError,
      new InternalServerError(),
      'INTERNAL_SERVER_ERROR',
      500,
      'An unexpected error occurred.',
    ),
    row(
      ServiceUnavailableError,
      new ServiceUnavailableError({ service: 'api', reason: 'Under pressure' }),
      'SERVICE_UNAVAILABLE',
      503,
      'Service "api" is unavailable. Under pressure.',
      { service: 'api', reason: 'Under pressure' },
    ),
    row(InvalidProviderError, new InvalidProviderError(), 'INVALID_PROVIDER', 403, 'Invalid provider.'),
    row(
      InvalidProviderConfigError,
      new InvalidProviderConfigError({ provider: 'github', reason: 'Missing client id' }),
      'INVALID_PROVIDER_CONFIG',
      503,
      'Invalid config.',
      { provider: 'github', reason: 'Missing client id' },
    ),
    row(
      UnexpectedResponseError,
      new UnexpectedResponseError(),
      'UNEXPECTED_RESPONSE',
      503,
      'Received an unexpected response.',
    ),
    row(
      OutOfDateError,
      new OutOfDateError(),
      'OUT_OF_DATE',
      503,
      'Operation could not be executed: this instance is out of date.',
    ),
    row(
      GraphQLValidationError,
      new GraphQLValidationError({ errors: [{ message: 'Syntax Error' }] }),
      'GRAPHQL_VALIDATION',
      400,
      'GraphQL validation error.',
      { errors: [{ message: 'Syntax Error' }] },
    ),
    row(
      GraphQLExecutionError,
      new GraphQLExecutionError({ errors: [{ message: 'boom' }] }),
      'GRAPHQL_EXECUTION',
      400,
      'GraphQL execution error.',
      { errors: [{ message: 'boom' }] },
    ),
    row(
      InvalidMetadataError,
      new InvalidMetadataError(),
      'INVALID_METADATA',
      400,
      'Invalid upload metadata.',
    ),
    row(AuthFailedError, new AuthFailedError(), 'AUTH_FAILED', 401, 'Authentication failed.'),
    row(AuthTimeoutError, new AuthTimeoutError(), 'AUTH_TIMEOUT', 401, 'Authentication timed out.'),
    row(
      InvalidCollectionError,
      new InvalidCollectionError(),
      'INVALID_COLLECTION',
      403,
      'The provided collection does not exists or is not accessible.',
    ),
  ];
};

describe('error classes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('has a case below for every class of errorClasses', () => {
    const tested = cases().map((entry) => entry.class);
    expect(new Set(tested)).toEqual(new Set<AnyPlinthErrorClass>(errorClasses));
    expect(tested).toHaveLength(errorClasses.length);
  });

  it.each(cases().map((entry) => [entry.code, entry] as const))('%s', (_, entry) => {
    // Rebuild under the fake clock: the table above was first evaluated at collection time.
    const fresh = cases().find((candidate) => candidate.code === entry.code)!;
    const { error } = fresh;

    expect(error).toBeInstanceOf(entry.class);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PlinthError');
    expect(error.code).toBe(fresh.code);
    expect(error.status).toBe(fresh.status);
    expect(entry.class.code).toBe(fresh.code);
    expect(entry.class.status).toBe(fresh.status);
    expect(error.message).toBe(fresh.message);
    expect(error.extensions).toEqual(fresh.extensions);
  });
});
