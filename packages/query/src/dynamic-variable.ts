/** The calendar or clock unit of a `$NOW(...)` adjustment, whatever spelling was used. */
export type NowAdjustmentUnit =
  | 'millisecond'
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'year';

/** A `$NOW(...)` adjustment: `-1 year` gives `{ amount: -1, unit: 'year' }`. */
export interface NowAdjustment {
  /** Signed amount; fractions are kept for clock units and truncated for calendar ones when applied. */
  amount: number;
  unit: NowAdjustmentUnit;
}

/** `$NOW` or `$NOW(<adjustment>)`: resolved by {@link resolveNow} at query time. */
export interface NowVariable {
  kind: 'now';
  adjustment: NowAdjustment | null;
}

/**
 * `$CURRENT_USER`, `$CURRENT_ROLE`, `$CURRENT_ROLES`, `$CURRENT_POLICIES`, optionally followed by a field path
 * into the record (`$CURRENT_USER.role.name`). Resolving them reads the database, so that happens in the
 * permissions package; this marker only says what to fetch.
 */
export interface AccountabilityVariable {
  kind: 'current-user' | 'current-role' | 'current-roles' | 'current-policies';
  /** Field path into the record(s); empty for the bare id(s). */
  path: string[];
}

/** A recognised dynamic variable. */
export type DynamicVariable = NowVariable | AccountabilityVariable;
