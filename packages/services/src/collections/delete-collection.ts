import { type DatabaseSchema, planDropForeignKey, planDropTable, runPlan } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { assertWritableCollection } from '../lib/assert-writable-collection.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { type Planner, sequencePlans } from '../lib/sequence-plans.js';
import { deleteCollectionMeta } from './delete-collection-meta.js';

/** The foreign keys of other tables that point at `collection`: they must go before the table can. */
function incomingKeyPlanners(ctx: ServiceContext, schema: DatabaseSchema, collection: string): Planner[] {
  return Object.values(schema.tables).flatMap((table) =>
    table.name === collection
      ? []
      : table.foreignKeys
          .filter((key) => key.foreign_key_table === collection)
          .map(
            (key) => (current: DatabaseSchema) =>
              planDropForeignKey(ctx.database, current.tables[table.name]!, key.column),
          ),
  );
}

/**
 * `DELETE /collections/:collection`: drops the table (a folder has none) after the foreign keys
 * other tables hold on it, and removes its `directus_*` rows (see {@link deleteCollectionMeta}),
 * all in one unit. System collections and unknown names are refused with 403.
 */
export async function deleteCollection(ctx: ServiceContext, collection: string): Promise<void> {
  assertAdmin(ctx);
  assertWritableCollection(ctx, collection);
  let planners: Planner[] = [];
  let schema: DatabaseSchema = { client: ctx.database.client, tables: {} };
  if (ctx.schema.collections[collection]) {
    schema = await introspectModel(ctx);
    planners = [
      ...incomingKeyPlanners(ctx, schema, collection),
      () => planDropTable(ctx.database, collection),
    ];
  }
  const plan = sequencePlans(ctx, schema, planners);
  await runPlan(ctx.database, plan, {
    andThen: (executor) => deleteCollectionMeta(executor, ctx.schema, collection),
  });
  await refreshSchema(ctx);
}
