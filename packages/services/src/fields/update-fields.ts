import { InvalidPayloadError } from '@plinth/errors';
import {
  type DatabaseSchema,
  type FieldChange,
  type FieldObject,
  planAlterColumn,
  runPlan,
  toFieldObject,
} from '@plinth/schema';
import type { SchemaOverview } from '@plinth/types';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { type Planner, sequencePlans } from '../lib/sequence-plans.js';
import { upsertMetaRow } from '../lib/upsert-meta-row.js';
import { prepareFieldUpdate } from './prepare-field-update.js';

/** A key its relation nulls when the related row goes can't be required (MySQL refuses; others would fail later). */
function assertNullableKey(overview: SchemaOverview, collection: string, change: FieldChange): void {
  if (change.schema?.is_nullable !== false) return;
  const relation = overview.relations.find(
    (entry) => entry.collection === collection && entry.field === change.field,
  );
  const rules = [relation?.schema?.on_delete, relation?.schema?.on_update];
  if (rules.includes('SET NULL')) {
    throw new InvalidPayloadError({
      reason: `Field "${change.field}" can't be required while its relation is SET NULL`,
    });
  }
}

function fieldOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { field?: unknown }).field : undefined;
}

/**
 * `PATCH /fields/:collection` with an array of partial fields (each naming its `field`): column
 * changes where `type` or `schema` differ, meta merged into (or creating) each `directus_fields`
 * row, all in one unit. Returns the fields as `GET` shows them afterwards.
 */
export async function updateFields(
  ctx: ServiceContext,
  collection: string,
  bodies: unknown,
): Promise<FieldObject[]> {
  assertAdmin(ctx);
  const overview = ctx.schema.collections[collection];
  if (!overview) throw collectionForbidden(collection);
  if (!Array.isArray(bodies)) throw new InvalidPayloadError({ reason: 'Submitted body has to be an array' });
  const updates = bodies.map((body) => {
    const name = fieldOf(body);
    return prepareFieldUpdate(typeof name === 'string' ? overview.fields[name] : undefined, body);
  });
  if (new Set(updates.map((update) => update.field)).size !== updates.length) {
    throw new InvalidPayloadError({ reason: 'A field appears more than once' });
  }
  for (const { change } of updates) if (change) assertNullableKey(ctx.schema, collection, change);
  const planners: Planner[] = updates.flatMap(({ change }) =>
    change
      ? [(schema: DatabaseSchema) => planAlterColumn(ctx.database, schema.tables[collection]!, change)]
      : [],
  );
  const schema =
    planners.length > 0 ? await introspectModel(ctx) : { client: ctx.database.client, tables: {} };
  await runPlan(ctx.database, sequencePlans(ctx, schema, planners), {
    andThen: async (executor) => {
      for (const { field, meta } of updates) {
        if (meta) await upsertMetaRow(executor, 'directus_fields', { collection, field }, meta);
      }
    },
  });
  const refreshed = await refreshSchema(ctx);
  return updates.map(({ field }) => toFieldObject(refreshed, collection, field));
}
