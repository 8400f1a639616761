import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 400: An invite token that was already used or no longer matches an invited user. */
export const InvalidInviteError = defineError(
  ErrorCode.InvalidInvite,
  400,
  'This invite is no longer valid.',
);

/** An instance of {@link InvalidInviteError}. */
export type InvalidInviteError = InstanceType<typeof InvalidInviteError>;
