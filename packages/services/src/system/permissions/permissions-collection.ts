import { dropAccessCaches } from '../lib/drop-access-caches.js';
import type { SystemCollection } from '../system-collection.js';
import { checkPermissionPayload } from './check-permission-payload.js';
import { withAppPermissions } from './with-app-permissions.js';

/**
 * `directus_permissions` behind `/permissions`: payloads are checked (action, collection, fields,
 * filters; 400 otherwise), list reads are never paged (as in Directus, where the app reads them all)
 * and end with the built-in app permissions for callers with app access, and cached permissions are
 * dropped after every write.
 */
export const permissionsCollection: SystemCollection = {
  collection: 'directus_permissions',
  listQuery: (rawQuery) => ({ ...rawQuery, limit: -1 }),
  afterList: withAppPermissions,
  prepareCreate: async (trx, payload) => checkPermissionPayload(trx.schema, payload, 'create'),
  prepareUpdate: async (trx, _keys, payload) => checkPermissionPayload(trx.schema, payload, 'update'),
  afterCommit: dropAccessCaches,
};
