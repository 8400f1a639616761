import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link InvalidProviderConfigError}. */
export interface InvalidProviderConfigErrorExtensions {
  /** The auth provider (or subsystem) whose configuration is wrong. */
  provider: string;
  reason?: string;
}

/** 503: an auth provider, or another configurable subsystem, is misconfigured. */
export const InvalidProviderConfigError = defineError(
  ErrorCode.InvalidProviderConfig,
  503,
  (_: InvalidProviderConfigErrorExtensions) => 'Invalid config.',
);

/** An instance of {@link InvalidProviderConfigError}. */
export type InvalidProviderConfigError = InstanceType<typeof InvalidProviderConfigError>;
