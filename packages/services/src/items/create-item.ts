import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeCreateOne } from './lib/write-create-one.js';
import { runWrite } from './lib/write-session.js';

/**
 * Creates one item (`POST /items/:collection` with an object), nested relational writes included
 * (§9.6), in one transaction with its activity and revisions. Emits the `items.create` and
 * `<collection>.items.create` filters (which may change the payload or throw to abort) and, after the
 * commit, the actions. Returns the new primary key; read the item back with `readItem`.
 *
 * @throws FORBIDDEN for a system or missing collection, an unknown field, or a caller without access;
 * FAILED_VALIDATION (several at once as an `AggregateError`), INVALID_PAYLOAD, RECORD_NOT_UNIQUE,
 * INVALID_FOREIGN_KEY, VALUE_TOO_LONG and the other database errors as wire errors.
 */
export async function createItem(
  ctx: ServiceContext,
  collection: string,
  payload: unknown,
): Promise<PrimaryKey> {
  return runWrite(ctx, (session) => writeCreateOne(session, collection, payload, { path: [], parent: null }));
}
