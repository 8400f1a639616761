import { InvalidPayloadError } from '@plinth/errors';
import { type FieldObject, planAddColumn, runPlan, toFieldObject } from '@plinth/schema';
import type { Kysely } from 'kysely';
import type { FieldPayload } from '../collections/collection-input.js';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { parseFieldPayload } from './parse-field-payload.js';
import { toFieldMetaRows } from './to-field-meta-rows.js';
import { withAliasSpecial } from './with-alias-special.js';

/** The sort a new field gets: after the last field of its group. */
async function nextSort(db: Kysely<any>, collection: string, group: unknown): Promise<number> {
  let query = db
    .selectFrom('directus_fields')
    .select((eb) => eb.fn.max('sort').as('max'))
    .where('collection', '=', collection);
  query = typeof group === 'string' ? query.where('group', '=', group) : query.where('group', 'is', null);
  const row = await query.executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

async function writeFieldMeta(db: Kysely<any>, collection: string, payload: FieldPayload): Promise<void> {
  // A row left behind by a column dropped outside Plinth would otherwise shadow the new field.
  await db
    .deleteFrom('directus_fields')
    .where('collection', '=', collection)
    .where('field', '=', payload.field)
    .execute();
  const rows = toFieldMetaRows(collection, [payload], await nextSort(db, collection, payload.meta?.group));
  for (const row of rows) await db.insertInto('directus_fields').values(row).execute();
}

/**
 * `POST /fields/:collection`: adds one field, its column (none for alias and `type: null`
 * fields) and its `directus_fields` row, in one unit. Returns the field as `GET` shows it.
 */
export async function createField(
  ctx: ServiceContext,
  collection: string,
  body: unknown,
): Promise<FieldObject> {
  assertAdmin(ctx);
  const overview = ctx.schema.collections[collection];
  if (!overview) throw collectionForbidden(collection);
  const payload = withAliasSpecial(parseFieldPayload(body));
  const name = payload.field.toLowerCase();
  if (Object.keys(overview.fields).some((field) => field.toLowerCase() === name)) {
    throw new InvalidPayloadError({
      reason: `Field "${payload.field}" already exists in collection "${collection}"`,
    });
  }
  if (payload.type === undefined && payload.schema) {
    throw new InvalidPayloadError({
      reason: `Field "${payload.field}": "type" is required for a field with a column`,
    });
  }
  const schema = await introspectModel(ctx);
  const table = schema.tables[collection];
  if (!table) throw collectionForbidden(collection);
  const input = { field: payload.field, type: payload.type ?? null, schema: payload.schema ?? null };
  const plan = planAddColumn(ctx.database, table, input);
  await runPlan(ctx.database, plan, { andThen: (executor) => writeFieldMeta(executor, collection, payload) });
  return toFieldObject(await refreshSchema(ctx), collection, payload.field);
}
