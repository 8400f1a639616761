/**
 * The stable codes of HTTP errors, as sent in `extensions.code`. Keys and values are part of the public API and
 * are never renamed; new codes are only ever added.
 */
export const ErrorCode = {
  ContainsNullValues: 'CONTAINS_NULL_VALUES',
  ContentTooLarge: 'CONTENT_TOO_LARGE',
  EmailLimitExceeded: 'EMAIL_LIMIT_EXCEEDED',
  FailedValidation: 'FAILED_VALIDATION',
  Forbidden: 'FORBIDDEN',
  GraphQLExecution: 'GRAPHQL_EXECUTION',
  GraphQLValidation: 'GRAPHQL_VALIDATION',
  IllegalAssetTransformation: 'ILLEGAL_ASSET_TRANSFORMATION',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  InvalidForeignKey: 'INVALID_FOREIGN_KEY',
  InvalidInvite: 'INVALID_INVITE',
  InvalidIp: 'INVALID_IP',
  InvalidMetadata: 'INVALID_METADATA',
  InvalidOtp: 'INVALID_OTP',
  InvalidPathParameter: 'INVALID_PATH_PARAMETER',
  InvalidPayload: 'INVALID_PAYLOAD',
  InvalidProvider: 'INVALID_PROVIDER',
  InvalidProviderConfig: 'INVALID_PROVIDER_CONFIG',
  InvalidQuery: 'INVALID_QUERY',
  InvalidToken: 'INVALID_TOKEN',
  LimitExceeded: 'LIMIT_EXCEEDED',
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  NotNullViolation: 'NOT_NULL_VIOLATION',
  OutOfDate: 'OUT_OF_DATE',
  OutOfTime: 'OUT_OF_TIME',
  RangeNotSatisfiable: 'RANGE_NOT_SATISFIABLE',
  RecordNotUnique: 'RECORD_NOT_UNIQUE',
  RequestsExceeded: 'REQUESTS_EXCEEDED',
  RouteNotFound: 'ROUTE_NOT_FOUND',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  TokenExpired: 'TOKEN_EXPIRED',
  UnexpectedResponse: 'UNEXPECTED_RESPONSE',
  UnprocessableContent: 'UNPROCESSABLE_CONTENT',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  UserSuspended: 'USER_SUSPENDED',
  ValueOutOfRange: 'VALUE_OUT_OF_RANGE',
  ValueTooLong: 'VALUE_TOO_LONG',
} as const;

/** One HTTP error code. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes that only ever travel over the realtime socket (`{"type": ..., "status": "error", "error": {code,
 * message}}`). The socket also reuses `INVALID_PAYLOAD`, `TOKEN_EXPIRED` and `REQUESTS_EXCEEDED` from
 * {@link ErrorCode}.
 */
export const WebSocketErrorCode = {
  AuthFailed: 'AUTH_FAILED',
  AuthTimeout: 'AUTH_TIMEOUT',
  InvalidCollection: 'INVALID_COLLECTION',
} as const;

/** One WebSocket-only error code. */
export type WebSocketErrorCode = (typeof WebSocketErrorCode)[keyof typeof WebSocketErrorCode];
