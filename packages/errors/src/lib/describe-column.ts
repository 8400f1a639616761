/** What a database-constraint error knows about the offending column; each part may be unknown. */
export interface ColumnContext {
  collection: string | null;
  field: string | null;
}

/**
 * The `for field "f" in collection "c"` tail shared by the constraint messages, skipping the parts the
 * database did not report.
 */
export function describeColumn({ collection, field }: ColumnContext): string {
  let text = '';
  if (field) text += ` for field "${field}"`;
  if (collection) text += ` in collection "${collection}"`;
  return text;
}

/** `"value"` with a leading space, or nothing when the value is unknown. */
export function describeValue(value: unknown): string {
  return value === null || value === undefined || value === '' ? '' : ` "${String(value)}"`;
}
