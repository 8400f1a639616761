/**
 * One record a dynamic variable points into: `id` is the bare id, and every other key is a dotted field path
 * the rules name (`role.name`) with the value read for it. A path that was not read resolves to null.
 */
export type VariableRecord = Readonly<Record<string, unknown>>;

/**
 * What `$CURRENT_USER`, `$CURRENT_ROLE`, `$CURRENT_ROLES` and `$CURRENT_POLICIES` (with their paths) resolve
 * to for one caller. Built by {@link toVariableValues} (bare ids only) or `fetchVariableValues` (paths too).
 */
export interface VariableValues {
  /** The user; null for anonymous callers. */
  user: VariableRecord | null;
  /** The user's direct role; null when there is none. */
  role: VariableRecord | null;
  /** The role tree, root first. */
  roles: readonly VariableRecord[];
  /** The policies that apply, in precedence order. */
  policies: readonly VariableRecord[];
}
