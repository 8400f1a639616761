import { createPermission, deletePermission, updatePermission } from '@directus/sdk';
import { client } from '../lib/client.js';
import type { PermissionAction, PermissionRow } from './access-types.js';
import type { PermissionRule } from './permission-level.js';

/** Where a rule goes: a policy's action on a collection, and the row already there, if any. */
export interface PermissionTarget {
  policy: string;
  collection: string;
  action: PermissionAction;
  existing: PermissionRow | undefined;
}

/** Writes `rule` over the target's row, or creates it. */
export async function savePermission(target: PermissionTarget, rule: PermissionRule): Promise<void> {
  if (target.existing) {
    await client.request(updatePermission(target.existing.id, rule));
    return;
  }
  const { policy, collection, action } = target;
  await client.request(createPermission({ policy, collection, action, ...rule }));
}

/** Removes the target's row (the action becomes "none"). */
export async function removePermission(target: PermissionTarget): Promise<void> {
  if (target.existing) await client.request(deletePermission(target.existing.id));
}
