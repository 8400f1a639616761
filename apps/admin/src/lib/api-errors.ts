/** One error of the wire envelope, as the app shows it. */
export interface ApiError {
  message: string;
  code: string;
  /** The field a validation error is about, when the server names one. */
  field?: string;
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

/**
 * The errors of whatever the SDK threw: its `{ errors, response }` for API errors, or a network
 * failure (which becomes one `NETWORK` error).
 */
export function toApiErrors(thrown: unknown): ApiError[] {
  const errors = (thrown as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) {
    const message = thrown instanceof Error ? thrown.message : 'The server could not be reached.';
    return [{ message, code: 'NETWORK' }];
  }
  return errors.map((error: WireError) => {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
    const message = typeof error.message === 'string' ? error.message : code;
    const field = error.extensions?.field;
    return typeof field === 'string' ? { message, code, field } : { message, code };
  });
}

/** Validation errors by field, for the editor to show beside each input. */
export function toFieldErrors(errors: readonly ApiError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    if (error.field && !(error.field in byField)) byField[error.field] = error.message;
  }
  return byField;
}

/** Whether any of the errors carries `code`. */
export function hasErrorCode(errors: readonly ApiError[], code: string): boolean {
  return errors.some((error) => error.code === code);
}
