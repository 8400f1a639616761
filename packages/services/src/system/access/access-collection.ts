import { assertAdminRemains } from '../lib/assert-admin-remains.js';
import { dropAccessCaches } from '../lib/drop-access-caches.js';
import type { SystemCollection } from '../system-collection.js';

/**
 * `directus_access` behind `/access`: the rows attaching policies to roles and users. Changing or
 * removing one may not leave the system without an active admin (422); cached access and permissions
 * are dropped after every write.
 */
export const accessCollection: SystemCollection = {
  collection: 'directus_access',
  async afterWrite(trx, action) {
    if (action !== 'create') await assertAdminRemains(trx.db);
  },
  afterCommit: dropAccessCaches,
};
