import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { writeCollection } from '../items/lib/write-target.js';
import { updateBatch } from '../items/update-batch.js';
import { assertRecord } from '../lib/assert-record.js';
import { planSortMoves } from './plan-sort-moves.js';

function toKey(value: unknown, field: string): PrimaryKey {
  if ((typeof value === 'string' && value !== '') || typeof value === 'number') return value;
  throw new InvalidPayloadError({ reason: `"${field}" is required` });
}

/**
 * Moves one item to where another is in a collection's manual order (`POST /utils/sort/:collection`
 * with `{item, to}`), renumbering the collection's sort field (`meta.sort_field`) as Directus does.
 * The changed rows are written as the caller's batch update, so it needs update permission on that
 * field for every row that moves; all of it is one transaction.
 *
 * @throws the collection 403 for a missing collection; INVALID_PAYLOAD for a bad body or a collection
 * without a sort field; FORBIDDEN when `item` or `to` is not a row, or for the write flow's reasons.
 */
export async function sortItems(ctx: ServiceContext, collection: string, body: unknown): Promise<void> {
  const overview = writeCollection(ctx, collection);
  assertRecord(body, 'The body');
  const item = toKey(body['item'], 'item');
  const to = toKey(body['to'], 'to');
  const sortField = overview.sortField;
  if (!sortField) {
    throw new InvalidPayloadError({ reason: `Collection "${collection}" doesn't have a sort field` });
  }
  const { primary } = overview;
  await withTransaction(ctx, async (trx) => {
    const rows = await trx.db.selectFrom(collection).select([primary, sortField]).execute();
    const moves = planSortMoves(
      rows.map((row) => ({
        key: row[primary],
        sort: row[sortField] === null ? null : Number(row[sortField]),
      })),
      item,
      to,
    );
    if (moves === null) throw new ForbiddenError();
    await updateBatch(
      trx,
      collection,
      moves.map((move) => ({ [primary]: move.key, [sortField]: move.sort })),
    );
  });
}
