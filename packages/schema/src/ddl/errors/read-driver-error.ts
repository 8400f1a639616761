/** The parts of a driver error the translators read; every driver names them a little differently. */
export interface DriverErrorParts {
  code: string | undefined;
  errno: number | undefined;
  message: string;
  detail: string | undefined;
}

/** Reads a driver error without trusting its shape. */
export function readDriverError(error: unknown): DriverErrorParts {
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const code = record['code'];
  const errno = record['errno'] ?? record['number'];
  return {
    code: typeof code === 'string' ? code : undefined,
    errno: typeof errno === 'number' ? errno : undefined,
    message: error instanceof Error ? error.message : String(error),
    detail: typeof record['detail'] === 'string' ? record['detail'] : undefined,
  };
}
