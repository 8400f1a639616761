import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeCreateOne } from './lib/write-create-one.js';
import { runWrite } from './lib/write-session.js';
import { writeCollection } from './lib/write-target.js';
import { writeUpdateMany } from './lib/write-update-many.js';

/**
 * Writes a singleton's one item (`PATCH /items/:collection` on a singleton): updates the row when it
 * exists, creates it otherwise, in one transaction. Returns its key; read it back with `readSingleton`.
 *
 * @throws INVALID_PAYLOAD when the collection is not a singleton; the errors of `createItem`.
 */
export async function upsertSingleton(
  ctx: ServiceContext,
  collection: string,
  payload: unknown,
): Promise<PrimaryKey> {
  return runWrite(ctx, async (session) => {
    const overview = writeCollection(session.ctx, collection);
    if (!overview.singleton) throw new InvalidPayloadError({ reason: `"${collection}" is not a singleton` });
    const row = await session.ctx.db
      .selectFrom(collection)
      .select(overview.primary)
      .limit(1)
      .executeTakeFirst();
    const key = (row as Record<string, PrimaryKey> | undefined)?.[overview.primary];
    if (key === undefined) return writeCreateOne(session, collection, payload, { path: [], parent: null });
    const [updated] = await writeUpdateMany(session, collection, [key], payload, { path: [], parent: null });
    return updated ?? key;
  });
}
