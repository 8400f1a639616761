import { InvalidPayloadError } from '@plinth/errors';
import { type CollectionObject, toCollectionObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { assertRecord } from '../lib/assert-record.js';
import { assertWritableCollection } from '../lib/assert-writable-collection.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { upsertMetaRow } from '../lib/upsert-meta-row.js';

interface MetaUpdate {
  collection: string;
  meta: Record<string, unknown>;
}

function parseUpdate(ctx: ServiceContext, body: unknown): MetaUpdate {
  assertRecord(body, 'The collection');
  if (typeof body.collection !== 'string')
    throw new InvalidPayloadError({ reason: '"collection" is required' });
  assertWritableCollection(ctx, body.collection);
  const meta = body.meta ?? {};
  assertRecord(meta, '"meta"');
  const group = meta.group;
  if (group !== undefined && group !== null) {
    const known = typeof group === 'string' && (ctx.schema.collections[group] || ctx.schema.folders[group]);
    if (!known || group === body.collection) {
      throw new InvalidPayloadError({ reason: `"meta.group" must name another collection or folder` });
    }
  }
  return { collection: body.collection, meta };
}

/**
 * `PATCH /collections`: the `meta` of several collections (`[{collection, meta}]`), in one
 * transaction. Schema changes are not made here; a table without a `directus_collections` row gets
 * one. System collections and unknown names are refused with 403.
 */
export async function updateCollections(ctx: ServiceContext, bodies: unknown): Promise<CollectionObject[]> {
  assertAdmin(ctx);
  if (!Array.isArray(bodies)) throw new InvalidPayloadError({ reason: 'Submitted body has to be an array' });
  const updates = bodies.map((body) => parseUpdate(ctx, body));
  await withTransaction(ctx, async (trx) => {
    for (const { collection, meta } of updates) {
      await upsertMetaRow(trx.db, 'directus_collections', { collection }, meta);
    }
  });
  const schema = await refreshSchema(ctx);
  return updates.map(({ collection }) => toCollectionObject(schema, collection));
}
