/**
 * Freezes a value and everything inside it. Resolved rules are shared by every caller with the same
 * fingerprint, so a consumer changing one by mistake must fail loudly rather than leak into other requests.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return value;
}
