import { InvalidPayloadError } from '@plinth/errors';

/** Narrows a request body to a plain object, or answers 400 naming what was expected. */
export function assertRecord(value: unknown, what: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidPayloadError({ reason: `${what} must be an object` });
  }
}
