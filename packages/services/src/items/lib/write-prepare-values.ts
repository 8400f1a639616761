import type { CollectionOverview, Filter, Item } from '@plinth/types';
import { writeApplySpecials, writeHashValues } from './write-apply-specials.js';
import { writeCoerceValue } from './write-coerce-value.js';
import type { WriteSession } from './write-session.js';
import { assertValid, type WritePath, writeValidate } from './write-validate.js';

/** A row ready to write, and what the revision's `delta` records of it. */
export interface PreparedValues {
  values: Record<string, unknown>;
  delta: Item;
}

const toDelta = (values: Record<string, unknown>): Item =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );

/**
 * The column values of one item, from payload to row: specials filled, every value coerced to its
 * column, NOT NULL, `meta.validation` and the caller's permission validation checked (all failures at once), hash fields hashed last so
 * the rules see the plain text. Generated columns are never written.
 */
export async function writePrepareValues(
  session: WriteSession,
  overview: CollectionOverview,
  columns: Record<string, unknown>,
  mode: 'create' | 'update',
  path: WritePath,
  rules: { validation: Filter | null } = { validation: null },
): Promise<PreparedValues> {
  const { accountability } = session.ctx;
  const filled = writeApplySpecials(overview, columns, mode, accountability, new Date());
  const coerced: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filled)) {
    const field = overview.fields[name];
    if (!field || field.generated) continue;
    coerced[name] = writeCoerceValue(field, value, overview.collection);
  }
  assertValid(writeValidate(overview, filled, mode, path, rules.validation));
  const values = await writeHashValues(overview, coerced);
  // Hashed fields go into the revision hashed, never as the plain text that was sent.
  const hashed = Object.keys(filled).filter((name) => overview.fields[name]?.special.includes('hash'));
  const delta = { ...filled, ...Object.fromEntries(hashed.map((name) => [name, values[name]])) };
  return { values, delta: toDelta(delta) };
}
