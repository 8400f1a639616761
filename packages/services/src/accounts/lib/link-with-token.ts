/**
 * `base` with `token` as its `token` query parameter. `base` is absolute for allow-listed client URLs;
 * for built-in pages it is `PUBLIC_URL` plus a path, which stays relative when `PUBLIC_URL` is.
 */
export function linkWithToken(base: string, token: string): string {
  try {
    const url = new URL(base);
    url.searchParams.set('token', token);
    return url.toString();
  } catch {
    return `${base}${base.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
  }
}

/** A path under `PUBLIC_URL`, without doubled slashes. */
export function publicLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
