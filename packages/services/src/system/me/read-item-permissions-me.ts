import { ForbiddenError } from '@plinth/errors';
import type { PermissionAction, PermissionRule } from '@plinth/permissions';
import type { Filter, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { readKey } from '../../items/lib/read-key.js';
import { readItems } from '../../items/read-items.js';
import { callerPermissions } from '../../permissions/caller-permissions.js';

/** `/permissions/me/:collection[/:pk]`: whether the caller may update, delete and share (that item). */
export interface ItemPermissions {
  update: { access: boolean; presets?: Record<string, unknown> | null; fields?: readonly string[] | null };
  delete: { access: boolean };
  share: { access: boolean };
}

const ACTIONS = ['update', 'delete', 'share'] as const;

/** Whether a row with this key exists and matches one of the rules (their filters are already resolved). */
async function matchesSomeRule(
  ctx: ServiceContext,
  collection: string,
  key: PrimaryKey,
  rules: readonly PermissionRule[],
): Promise<boolean> {
  const overview = ctx.schema.collections[collection]!;
  let value: PrimaryKey;
  try {
    value = readKey(overview, key);
  } catch {
    return false;
  }
  const filters = rules.map((rule) => rule.permissions);
  const rows: Filter = filters.some((filter) => filter === null) ? {} : { _or: filters as Filter[] };
  // The rules are the caller's, checked here; the read itself runs as the system.
  const trusted = { ...ctx, accountability: null, systemAccess: true };
  const { data } = await readItems(trusted, collection, {
    filter: { _and: [{ [overview.primary]: { _eq: value } }, rows] },
    fields: [overview.primary],
    limit: 1,
  });
  return data.length > 0;
}

async function singletonIsEmpty(ctx: ServiceContext, collection: string): Promise<boolean> {
  const trusted = { ...ctx, accountability: null, systemAccess: true };
  const primary = ctx.schema.collections[collection]!.primary;
  const { data } = await readItems(trusted, collection, { fields: [primary], limit: 1 });
  return data.length === 0;
}

/**
 * `GET /permissions/me/:collection[/:pk]`: whether the caller may update, delete and share the
 * collection's items (without a key), or the item with that key (it must exist and match one of the
 * action's rules). For a singleton that has no row yet, "update" means create; when allowed, its
 * presets and fields come along. Admins may do everything; an unknown collection allows nothing.
 *
 * @throws FORBIDDEN for a caller without a user.
 */
export async function readItemPermissionsMe(
  ctx: ServiceContext,
  collection: string,
  key?: PrimaryKey,
): Promise<ItemPermissions> {
  const accountability = ctx.accountability;
  if (!accountability?.user) throw new ForbiddenError();
  if (accountability.admin)
    return { update: { access: true }, delete: { access: true }, share: { access: true } };
  const answer: ItemPermissions = {
    update: { access: false },
    delete: { access: false },
    share: { access: false },
  };
  const overview = Object.hasOwn(ctx.schema.collections, collection)
    ? ctx.schema.collections[collection]
    : undefined;
  if (!overview) return answer;
  const caller = await callerPermissions(ctx);
  if (caller === null) return { update: { access: true }, delete: { access: true }, share: { access: true } };
  const updateAction: PermissionAction =
    overview.singleton && (await singletonIsEmpty(ctx, collection)) ? 'create' : 'update';
  for (const action of ACTIONS) {
    const rules = caller.rules(collection, action === 'update' ? updateAction : action);
    if (rules.length === 0) continue;
    answer[action].access = key === undefined || (await matchesSomeRule(ctx, collection, key, rules));
  }
  const [first] = caller.rules(collection, updateAction);
  if (overview.singleton && answer.update.access && first) {
    answer.update.presets = first.presets;
    answer.update.fields = first.fields;
  }
  return answer;
}
