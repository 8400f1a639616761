import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { CollectionOverview, PrimaryKey } from '@plinth/types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d+$/;

function toIntegerKey(value: PrimaryKey, big: boolean): PrimaryKey | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (!INTEGER.test(value)) return null;
  const number = Number(value);
  if (Number.isSafeInteger(number)) return number;
  // Keys beyond 2^53 only exist in bigInteger columns, and only survive as text.
  return big ? value : null;
}

/**
 * Checks a primary key against the type of the collection's key, before any statement runs, and
 * returns it in the type the key column compares with (integer keys as numbers).
 *
 * @throws FORBIDDEN (generic) for a key that cannot exist: not an integer for an integer key, not a
 * UUID for a uuid key, or any key of a collection without one. INVALID_PAYLOAD for a collection whose
 * primary key spans several columns: one value cannot name its items, a filter can.
 */
export function readKey(overview: CollectionOverview, value: unknown): PrimaryKey {
  const composite = overview.primaryKeys ?? [];
  if (composite.length > 1) {
    const columns = composite.map((column) => `"${column}"`).join(' and ');
    throw new InvalidPayloadError({
      reason: `Collection "${overview.collection}" has a composite primary key: address its items with a filter on ${columns}`,
    });
  }
  const field = overview.fields[overview.primary];
  const given = typeof value === 'string' || typeof value === 'number' ? value : null;
  if (!field || given === null || given === '') throw new ForbiddenError();
  let key: PrimaryKey | null = given;
  if (field.type === 'integer') key = toIntegerKey(given, false);
  else if (field.type === 'bigInteger') key = toIntegerKey(given, true);
  else if (field.type === 'uuid') key = typeof given === 'string' && UUID.test(given) ? given : null;
  else if (typeof given === 'number') key = String(given);
  if (key === null) throw new ForbiddenError();
  return key;
}
