import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 503: An upstream service (SSO provider, registry) answered with something unusable. */
export const UnexpectedResponseError = defineError(
  ErrorCode.UnexpectedResponse,
  503,
  'Received an unexpected response.',
);

/** An instance of {@link UnexpectedResponseError}. */
export type UnexpectedResponseError = InstanceType<typeof UnexpectedResponseError>;
