/** A multipart text field's value as Directus reads it: `"null"`, `"true"` and `"false"` become values. */
export function toFormValue(value: string): string | boolean | null {
  if (value === 'null') return null;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
