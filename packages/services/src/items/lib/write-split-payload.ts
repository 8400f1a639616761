import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import { type FieldRelation, resolveFieldRelation } from '@plinth/schema';
import type { CollectionOverview, SchemaOverview } from '@plinth/types';
import type { WritePath } from './write-validate.js';

/** An o2m, m2m or m2a alias field of a payload, written after its parent row. */
export interface AliasWrite {
  field: string;
  relation: Extract<FieldRelation, { type: 'o2m' | 'm2m' | 'm2a' }>;
  value: unknown;
}

/** A payload split into the row's own columns and the child collections it writes. */
export interface SplitPayload {
  columns: Record<string, unknown>;
  aliases: AliasWrite[];
}

/** Whether a value is a plain object (a nested item), not a key, a list or null. */
export function isItemObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function toQueriedIn(path: WritePath): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  return names.length === 0 ? 'root' : `"${names.join('.')}"`;
}

/** Narrows a payload to one item, or answers 400. */
export function assertItemPayload(payload: unknown): asserts payload is Record<string, unknown> {
  if (!isItemObject(payload)) throw new InvalidPayloadError({ reason: 'An item has to be an object' });
}

/**
 * Splits a payload by field: columns (m2o keys and nested objects included) and o2m/m2m/m2a aliases.
 * Presentation aliases carry nothing and are dropped.
 *
 * @throws FORBIDDEN naming the field for one the collection does not have (§5.2).
 */
export function writeSplitPayload(
  schema: SchemaOverview,
  overview: CollectionOverview,
  payload: Record<string, unknown>,
  path: WritePath,
): SplitPayload {
  const split: SplitPayload = { columns: {}, aliases: [] };
  for (const [name, value] of Object.entries(payload)) {
    const field = Object.hasOwn(overview.fields, name) ? overview.fields[name] : undefined;
    if (!field) {
      throw new ForbiddenError({
        reason: `You don't have permission to access field "${name}" in collection "${overview.collection}" or it does not exist. Queried in ${toQueriedIn(path)}.`,
      });
    }
    if (!field.alias) {
      split.columns[name] = value;
      continue;
    }
    const relation = resolveFieldRelation(schema, overview.collection, name);
    if (relation?.type === 'o2m' || relation?.type === 'm2m' || relation?.type === 'm2a') {
      split.aliases.push({ field: name, relation, value });
    }
  }
  return split;
}
