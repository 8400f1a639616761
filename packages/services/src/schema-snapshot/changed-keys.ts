/** The entries of `target` whose values differ from `current` (compared as JSON). */
export function changedKeys(
  current: Record<string, unknown> | null | undefined,
  target: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target ?? {})) {
    if (JSON.stringify(value) !== JSON.stringify(current?.[key])) changed[key] = value;
  }
  return changed;
}
