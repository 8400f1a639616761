import type { PreparedRead } from '@plinth/query';
import type { FieldOverview, PrimaryKey } from '@plinth/types';

// Stand-ins for the key while a by-key read is compiled; the plan is then reused for every key by
// swapping the stand-in's bound parameter for the real key.
const KEY_STAND_INS: Partial<Record<string, PrimaryKey>> = {
  integer: -2147483647,
  bigInteger: Number.MIN_SAFE_INTEGER,
  uuid: '00000000-0000-4000-8000-00000000d1ce',
};
const TEXT_STAND_IN = '\u0000plinth:key\u0000';

/** The value a by-key read is compiled with, so its plan can serve every key of the collection. */
export function keyStandIn(field: FieldOverview): PrimaryKey {
  return KEY_STAND_INS[field.type] ?? TEXT_STAND_IN;
}

/**
 * The plan with the stand-in's parameter replaced by `key`, or null when the stand-in is not bound exactly
 * once (the caller then compiles the read for its key).
 */
export function withKey(plan: PreparedRead, standIn: PrimaryKey, key: PrimaryKey): PreparedRead | null {
  const { parameters } = plan.statement;
  const index = parameters.indexOf(standIn);
  if (index === -1 || parameters.indexOf(standIn, index + 1) !== -1) return null;
  const bound = [...parameters];
  bound[index] = key;
  return { ...plan, statement: { ...plan.statement, parameters: bound } };
}
