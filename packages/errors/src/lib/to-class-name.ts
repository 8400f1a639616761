/**
 * `ROUTE_NOT_FOUND` → `RouteNotFoundError`; a code already ending in `_ERROR` is not suffixed twice
 * (`INTERNAL_SERVER_ERROR` → `InternalServerError`).
 */
export function toClassName(code: string): string {
  const pascal = code
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

  return pascal.endsWith('Error') ? pascal : `${pascal}Error`;
}
