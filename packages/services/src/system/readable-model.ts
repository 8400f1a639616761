import { ForbiddenError } from '@plinth/errors';
import type { ServiceContext } from '../context/service-context.js';
import { callerPermissions } from '../permissions/caller-permissions.js';

/** Per readable collection, the fields the caller may read (`'*'` for all of them). */
export type ReadableModel = ReadonlyMap<string, ReadonlySet<string> | '*'>;

/**
 * What of the data model a caller may see through `/collections`, `/fields` and `/relations`: the
 * collections some read rule covers, with the fields those rules grant. Null means everything (admins
 * and the trusted system). As in Directus, the caller must first be allowed to read `through`, the
 * system collection the route lists (`directus_collections`, ...): app users are, by the built-in
 * permissions; others only when a rule says so.
 *
 * @throws FORBIDDEN for a caller who may not read `through`.
 */
export async function readableModel(ctx: ServiceContext, through: string): Promise<ReadableModel | null> {
  const caller = await callerPermissions(ctx);
  if (caller === null) return null;
  if (caller.rules(through, 'read').length === 0) throw new ForbiddenError();
  const model = new Map<string, ReadonlySet<string> | '*'>();
  for (const collection of Object.keys(ctx.schema.collections)) {
    const rules = caller.rules(collection, 'read');
    if (rules.length === 0) continue;
    const fields = rules.flatMap((rule) => rule.fields);
    model.set(collection, fields.includes('*') ? '*' : new Set(fields));
  }
  return model;
}

/** Whether `field` of `collection` is in the readable model (null: everything is). */
export function isReadable(model: ReadableModel | null, collection: string, field?: string): boolean {
  if (model === null) return true;
  const fields = model.get(collection);
  if (fields === undefined) return false;
  return field === undefined || fields === '*' || fields.has(field);
}
