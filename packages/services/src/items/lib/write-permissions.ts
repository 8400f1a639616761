import { ForbiddenError } from '@plinth/errors';
import type { WritePolicy } from '@plinth/permissions';
import { executeRead, validateQuery } from '@plinth/query';
import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { type WriteAction, writeForbidden } from './write-policy.js';

/**
 * Refuses a payload that sets a field outside the union of the caller's rules' fields. `queried` words
 * it as the access check of an update does (it reads the rows with the payload's fields).
 *
 * @throws FORBIDDEN naming the field(s), as for a field that does not exist.
 */
export function assertWritableFields(
  policy: WritePolicy | null,
  overview: CollectionOverview,
  payload: Record<string, unknown>,
  queried = false,
): void {
  if (policy === null || policy.fields === '*') return;
  const allowed = policy.fields;
  const refused = Object.keys(payload).filter((field) => !allowed.has(field));
  if (refused.length === 0) return;
  const names = refused.map((field) => `"${field}"`).join(', ');
  const suffix = queried ? ' Queried in root.' : '';
  throw new ForbiddenError({
    reason:
      refused.length === 1
        ? `You don't have permission to access field ${names} in collection "${overview.collection}" or it does not exist.${suffix}`
        : `You don't have permission to access fields ${names} in collection "${overview.collection}" or they do not exist.${suffix}`,
  });
}

/** The payload of a create with the rules' presets under it: the payload's own values win. */
export function withPresets(
  policy: WritePolicy | null,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  if (policy === null || Object.keys(policy.presets).length === 0) return payload;
  return { ...policy.presets, ...payload };
}

/**
 * The keys among `keys` whose rows match the rules' item filter for the action, in one statement
 * compiled like a read (relational paths in the filter included). Every key when no filter binds.
 */
export async function writeAllowedKeys(
  ctx: ServiceContext,
  overview: CollectionOverview,
  policy: WritePolicy | null,
  keys: readonly PrimaryKey[],
): Promise<PrimaryKey[]> {
  if (policy === null || policy.itemFilter === null || keys.length === 0) return [...keys];
  const { collection, primary } = overview;
  const itemFilter = policy.itemFilter;
  const node = validateQuery(
    { fields: [primary], filter: { [primary]: { _in: [...keys] } } },
    {
      schema: ctx.schema,
      collection,
      // Only the action's item filter binds here; relations it walks are followed as they are.
      policy: (name) => (name === collection ? { filter: itemFilter } : { fields: '*' }),
    },
  );
  const rows = (await executeRead({ kysely: ctx.db, client: ctx.database.client }, node)) as Array<
    Record<string, PrimaryKey>
  >;
  const found = new Set(rows.map((row) => String(row[primary])));
  return keys.filter((key) => found.has(String(key)));
}

/**
 * Refuses an update or delete by keys when any targeted row lies outside the rules' item filter (or does
 * not exist): the whole mutation is refused, nothing is written.
 *
 * @throws FORBIDDEN naming the action and collection.
 */
export async function assertKeysAllowed(
  ctx: ServiceContext,
  overview: CollectionOverview,
  policy: WritePolicy | null,
  keys: readonly PrimaryKey[],
  action: WriteAction,
  fields: readonly string[] = [],
): Promise<void> {
  if (policy === null) return;
  const unique = [...new Set(keys.map(String))];
  const allowed = policy.itemFilter === null ? null : await writeAllowedKeys(ctx, overview, policy, keys);
  if (allowed !== null && new Set(allowed.map(String)).size !== unique.length)
    throw writeForbidden(overview.collection, action, fields);
  if (allowed === null) {
    // No item filter: every existing row is allowed, but a key that does not exist is refused as well.
    const rows = await ctx.db
      .selectFrom(overview.collection)
      .select(overview.primary)
      .where(overview.primary, 'in', [...keys])
      .execute();
    if (
      new Set(rows.map((row) => String((row as Record<string, unknown>)[overview.primary]))).size !==
      unique.length
    )
      throw writeForbidden(overview.collection, action, fields);
  }
}
