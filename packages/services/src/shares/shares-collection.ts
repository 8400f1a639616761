import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { isItemObject } from '../items/lib/write-split-payload.js';
import type { SystemCollection } from '../system/system-collection.js';
import { assertShareAllowed } from './assert-share-allowed.js';

async function checkCreate(trx: ServiceContext, payload: unknown): Promise<unknown> {
  if (isItemObject(payload)) await assertShareAllowed(trx, payload['collection'], payload['item']);
  return payload;
}

/** An update that moves shares to another collection or item is checked as if it created them there. */
async function checkUpdate(
  trx: ServiceContext,
  keys: readonly PrimaryKey[],
  payload: unknown,
): Promise<unknown> {
  if (!isItemObject(payload) || !('collection' in payload || 'item' in payload)) return payload;
  const rows = await trx.db
    .selectFrom('directus_shares')
    .select(['collection', 'item'])
    .where('id', 'in', [...keys])
    .execute();
  for (const row of rows) {
    await assertShareAllowed(
      trx,
      'collection' in payload ? payload['collection'] : row.collection,
      'item' in payload ? payload['item'] : row.item,
    );
  }
  return payload;
}

/**
 * `directus_shares` behind `/shares`. Creating a share, or pointing one at another item, needs the
 * caller's `share` permission on that item (admins always have it); `password` is stored as an argon2
 * hash and read back concealed, `user_created` and `date_created` are filled by the server, as the
 * collection's field specials say.
 */
export const sharesCollection: SystemCollection = {
  collection: 'directus_shares',
  prepareCreate: checkCreate,
  prepareUpdate: checkUpdate,
};
