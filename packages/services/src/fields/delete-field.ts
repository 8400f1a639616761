import { ForbiddenError } from '@plinth/errors';
import { type DdlPlan, planDropColumn, runPlan } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { deleteFieldMeta } from './delete-field-meta.js';

/**
 * `DELETE /fields/:collection/:field`: drops the column (with its foreign key) and the field's
 * `directus_*` rows (see {@link deleteFieldMeta}) in one unit. A system field is a 403, the
 * primary key `INVALID_PAYLOAD`.
 */
export async function deleteField(ctx: ServiceContext, collection: string, field: string): Promise<void> {
  assertAdmin(ctx);
  const overview = ctx.schema.collections[collection];
  if (!overview) throw collectionForbidden(collection);
  const existing = overview.fields[field];
  if (!existing || existing.meta?.system) throw new ForbiddenError();
  let plan: DdlPlan = { client: ctx.database.client, steps: [] };
  if (existing.schema) {
    const table = (await introspectModel(ctx)).tables[collection];
    if (!table) throw collectionForbidden(collection);
    plan = planDropColumn(ctx.database, table, field);
  }
  await runPlan(ctx.database, plan, {
    andThen: (executor) => deleteFieldMeta(executor, ctx.schema, collection, field),
  });
  await refreshSchema(ctx);
}
