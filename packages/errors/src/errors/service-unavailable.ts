import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link ServiceUnavailableError}. */
export interface ServiceUnavailableErrorExtensions {
  /** Which part is unavailable, e.g. `api`, `assets`, `graphql`. */
  service: string;
  reason: string;
}

/** 503: the server is under pressure, or a part it depends on is down or timed out. */
export const ServiceUnavailableError = defineError(
  ErrorCode.ServiceUnavailable,
  503,
  ({ service, reason }: ServiceUnavailableErrorExtensions) =>
    `Service "${service}" is unavailable. ${reason}.`,
);

/** An instance of {@link ServiceUnavailableError}. */
export type ServiceUnavailableError = InstanceType<typeof ServiceUnavailableError>;
