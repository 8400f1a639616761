import { ForbiddenError } from '@plinth/errors';
import type { Item } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readItem } from '../items/read-item.js';

const INFO_FIELDS = [
  'id',
  'collection',
  'item',
  'password',
  'max_uses',
  'times_used',
  'date_start',
  'date_end',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /shares/info/:id`: what anyone holding a share link may learn before logging in with it, read
 * as the trusted system (no caller needed): its id, collection, item, uses and dates, and `password`
 * concealed (`**********`) when it has one, null otherwise. Only while the share is inside its dates.
 *
 * @throws FORBIDDEN for an unknown id, an id that is not a UUID, or a share outside its dates.
 */
export async function readShareInfo(ctx: ServiceContext, id: string): Promise<Item> {
  if (!UUID.test(id)) throw new ForbiddenError();
  const now = new Date().toISOString();
  return readItem({ ...ctx, accountability: null, systemAccess: true }, 'directus_shares', id, {
    fields: INFO_FIELDS,
    filter: {
      _and: [
        { _or: [{ date_start: { _lte: now } }, { date_start: { _null: true } }] },
        { _or: [{ date_end: { _gte: now } }, { date_end: { _null: true } }] },
      ],
    },
  });
}
