/** One error of the wire envelope, as the app shows it. */
export interface ApiError {
  message: string;
  code: string;
  /** The field a validation error is about, when the server names one. */
  field?: string;
  /** Where in a nested payload the failing item sits (`['chapters']` for a related list's item). */
  path?: (string | number)[];
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; path?: unknown };
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
    const path = error.extensions?.path;
    const found: ApiError = typeof field === 'string' ? { message, code, field } : { message, code };
    return Array.isArray(path) && path.length > 0 ? { ...found, path } : found;
  });
}

/**
 * Validation errors by field, for the editor to show beside each input; an error inside a nested item
 * shows at the top-level field that holds it (its path's first step).
 */
export function toFieldErrors(errors: readonly ApiError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const holder = error.path?.[0];
    const field = typeof holder === 'string' ? holder : error.field;
    if (field && !(field in byField)) byField[field] = error.message;
  }
  return byField;
}

/** Whether any of the errors carries `code`. */
export function hasErrorCode(errors: readonly ApiError[], code: string): boolean {
  return errors.some((error) => error.code === code);
}
