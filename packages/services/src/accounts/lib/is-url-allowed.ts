function normalize(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * Whether a client-supplied link target is on an allow list: same origin and path as one of its
 * entries (query and fragment may differ; a trailing slash does not count). An unparsable URL never is.
 */
export function isUrlAllowed(url: string, allowList: readonly string[]): boolean {
  const target = normalize(url);
  if (target === null) return false;
  return allowList.some((allowed) => normalize(allowed) === target);
}
