import { PLINTH_ERROR_NAME, type PlinthError } from './define-error.js';
import type { PlinthErrorByCode } from './error-classes.js';

/**
 * Whether `error` is a Plinth error, optionally with the given code. It checks `name`, `code` and `status`
 * rather than `instanceof`, so errors from another copy of this package (two versions in one install, an
 * extension's bundled copy, another realm) are recognised too.
 *
 * @example
 * if (isPlinthError(error, ErrorCode.RecordNotUnique)) error.extensions.field;
 */
export function isPlinthError<Code extends keyof PlinthErrorByCode>(
  error: unknown,
  code: Code,
): error is PlinthErrorByCode[Code];
export function isPlinthError(error: unknown, code?: string): error is PlinthError;
export function isPlinthError(error: unknown, code?: string): error is PlinthError {
  if (typeof error !== 'object' || error === null) return false;

  const candidate = error as Partial<Record<keyof PlinthError, unknown>>;
  const shaped =
    candidate.name === PLINTH_ERROR_NAME &&
    typeof candidate.code === 'string' &&
    typeof candidate.status === 'number' &&
    typeof candidate.message === 'string';

  return shaped && (code === undefined || candidate.code === code);
}
