/** A path without its trailing slash, so `/app` and `/app/` are the same entry. */
function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * Whether a login may end at `redirect`: an http(s) URL on PUBLIC_URL's origin, or one whose origin
 * and path are those of an entry in the provider's allow list (any query). Anything else would make
 * the login an open redirect that hands out session cookies' worth of trust.
 */
export function isRedirectAllowed(
  redirect: string,
  publicUrl: string,
  allowList: readonly string[],
): boolean {
  let target: URL;
  try {
    target = new URL(redirect);
  } catch {
    return false;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  if (target.username || target.password) return false;
  if (target.origin === new URL(publicUrl).origin) return true;
  return allowList.some((entry) => {
    try {
      const allowed = new URL(entry);
      return allowed.origin === target.origin && trimSlash(allowed.pathname) === trimSlash(target.pathname);
    } catch {
      return false;
    }
  });
}
