import { assertAdminRemains } from '../lib/assert-admin-remains.js';
import { dropAccessCaches } from '../lib/drop-access-caches.js';
import { touchesAny } from '../lib/touches-any.js';
import type { SystemCollection } from '../system-collection.js';
import { assertRoleTree } from './assert-role-tree.js';
import { detachRoles } from './detach-roles.js';

/** Fields whose change can move users in or out of admin access. */
const ACCESS_FIELDS = ['parent', 'users', 'policies', 'children'];

/**
 * `directus_roles` behind `/roles`: no loops in the role tree (400), deleting a role detaches its
 * access rows, presets, users (suspended) and children first, and no change may leave the system
 * without an active admin (422). Cached access and permissions are dropped after every write.
 */
export const rolesCollection: SystemCollection = {
  collection: 'directus_roles',
  beforeDelete: (trx, keys) => detachRoles(trx.db, keys),
  async afterWrite(trx, action, payloads) {
    if (action !== 'delete') await assertRoleTree(trx.db);
    if (action === 'delete' || (action === 'update' && touchesAny(payloads, ACCESS_FIELDS))) {
      await assertAdminRemains(trx.db);
    }
  },
  afterCommit: dropAccessCaches,
};
