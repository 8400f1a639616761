/** What the drivers put on their errors, read without trusting any of it to be there. */
export interface DriverError {
  code: string | undefined;
  /** MySQL's numeric code. */
  errno: number | undefined;
  message: string;
  /** PostgreSQL: `Key (slug)=(dup) already exists.` */
  detail: string | undefined;
  /** PostgreSQL: the table and column the error is about. */
  table: string | undefined;
  column: string | undefined;
  /** PostgreSQL: the constraint's name. */
  constraint: string | undefined;
}

/** The statement a database error came from: the collection and the values written. */
export interface WriteErrorContext {
  collection: string;
  values: Record<string, unknown>;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Reads the fields of a driver error that the per-engine translators look at. */
export function readDriverError(error: unknown): DriverError {
  const source = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  return {
    code: textOf(source['code']),
    errno: typeof source['errno'] === 'number' ? source['errno'] : undefined,
    message: textOf(source['message']) ?? '',
    detail: textOf(source['detail']),
    table: textOf(source['table']),
    column: textOf(source['column']),
    constraint: textOf(source['constraint']),
  };
}

/** The value the payload wrote to `field`, as the error extensions show it. */
export function writtenValue(context: WriteErrorContext, field: string | null): string | number | null {
  if (field === null) return null;
  const value = context.values[field];
  if (value === undefined || value === null) return null;
  return typeof value === 'number' ? value : String(value instanceof Date ? value.toISOString() : value);
}
