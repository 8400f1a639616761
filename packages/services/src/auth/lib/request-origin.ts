/** Where a request came from, as activity rows and sessions record it. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  origin: string | null;
}

/** `directus_sessions.ip` and `.origin` (and activity's) are 255 characters; a longer header is cut, not an error. */
export function clip(value: string | null, length = 255): string | null {
  return value === null ? null : value.slice(0, length);
}
