import { InvalidPayloadError } from '@plinth/errors';
import type { ServiceContext } from '../context/service-context.js';
import type { SystemCollection } from '../system/system-collection.js';

/** Columns that say where a file's bytes are; pointing them elsewhere could expose another file. */
const LOCATION_FIELDS = ['filename_disk', 'storage'];

/**
 * Refuses JSON writes of `filename_disk` or `storage` by anyone but an admin: with them a caller
 * allowed to edit their own file row could point it at another file's object and read that through
 * `/assets`. Uploads set both themselves.
 */
async function guardLocation(trx: ServiceContext, payload: unknown): Promise<unknown> {
  const caller = trx.accountability;
  if (caller === null || caller.admin) return payload;
  if (typeof payload !== 'object' || payload === null) return payload;
  const named = LOCATION_FIELDS.filter((field) => Object.hasOwn(payload, field));
  if (named.length > 0) {
    throw new InvalidPayloadError({
      reason: `Only administrators can set ${named.map((f) => `"${f}"`).join(' and ')}`,
    });
  }
  return payload;
}

/**
 * `directus_files` behind the plain CRUD of `/files` (list, one, SEARCH, JSON creates and metadata
 * updates), where only admins may set where the bytes live. Uploads, replacing bytes and deletes (which
 * also remove the stored objects) go through the files services.
 */
export const filesCollection: SystemCollection = {
  collection: 'directus_files',
  prepareCreate: guardLocation,
  prepareUpdate: (trx, _keys, payload) => guardLocation(trx, payload),
};
