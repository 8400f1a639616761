import { InvalidPayloadError } from '@plinth/errors';
import type { ServiceContext } from '../../context/service-context.js';
import { isItemObject } from '../../items/lib/write-split-payload.js';
import { assertAdminRemains } from '../lib/assert-admin-remains.js';
import { dropAccessCaches } from '../lib/drop-access-caches.js';
import { touchesAny } from '../lib/touches-any.js';
import type { SystemCollection } from '../system-collection.js';
import { checkNestedPermissions } from './check-nested-permissions.js';
import { isIpAccessValid } from './is-ip-access-valid.js';

/** Fields whose change can move users in or out of admin access. */
const ACCESS_FIELDS = ['admin_access', 'roles', 'users'];

async function checkPolicyPayload(trx: ServiceContext, payload: unknown): Promise<unknown> {
  if (isItemObject(payload) && 'ip_access' in payload && !isIpAccessValid(payload['ip_access'])) {
    throw new InvalidPayloadError({
      reason:
        'IP Access contains an incorrect value. Valid values are: IP addresses, IP ranges and CIDR blocks',
    });
  }
  return checkNestedPermissions(trx.schema, payload);
}

/**
 * `directus_policies` behind `/policies`: `ip_access` must hold addresses, ranges or CIDR blocks, and
 * permission rows written through `permissions` are checked as `/permissions` checks them (400). No
 * update or delete may leave the system without an active admin (422). Cached access and permissions
 * are dropped after every write.
 */
export const policiesCollection: SystemCollection = {
  collection: 'directus_policies',
  prepareCreate: checkPolicyPayload,
  prepareUpdate: (trx, _keys, payload) => checkPolicyPayload(trx, payload),
  async afterWrite(trx, action, payloads) {
    if (action === 'delete' || (action === 'update' && touchesAny(payloads, ACCESS_FIELDS))) {
      await assertAdminRemains(trx.db);
    }
  },
  afterCommit: dropAccessCaches,
};
