import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 401: Wrong email or password, an inactive user, an unknown static token, an expired session, or `/users/me` asked anonymously. */
export const InvalidCredentialsError = defineError(
  ErrorCode.InvalidCredentials,
  401,
  'Invalid user credentials.',
);

/** An instance of {@link InvalidCredentialsError}. */
export type InvalidCredentialsError = InstanceType<typeof InvalidCredentialsError>;
