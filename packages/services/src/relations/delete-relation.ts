import { ForbiddenError } from '@plinth/errors';
import { type DdlPlan, planDropForeignKey, runPlan } from '@plinth/schema';
import type { Kysely } from 'kysely';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';

async function deleteRelationRow(db: Kysely<any>, collection: string, field: string): Promise<void> {
  // The other half of a junction no longer leads anywhere through this key.
  await db
    .updateTable('directus_relations')
    .set({ junction_field: null })
    .where('many_collection', '=', collection)
    .where('junction_field', '=', field)
    .execute();
  await db
    .deleteFrom('directus_relations')
    .where('many_collection', '=', collection)
    .where('many_field', '=', field)
    .execute();
}

/**
 * `DELETE /relations/:collection/:field`: drops the foreign key (the column and its values stay)
 * and the `directus_relations` row, in one unit. An unknown or system relation is a 403.
 */
export async function deleteRelation(ctx: ServiceContext, collection: string, field: string): Promise<void> {
  assertAdmin(ctx);
  const relation = ctx.schema.relations.find(
    (entry) => entry.collection === collection && entry.field === field,
  );
  if (!relation || relation.meta?.system) throw new ForbiddenError();
  let plan: DdlPlan = { client: ctx.database.client, steps: [] };
  if (relation.schema) {
    const table = (await introspectModel(ctx)).tables[collection];
    if (table) plan = planDropForeignKey(ctx.database, table, field);
  }
  await runPlan(ctx.database, plan, {
    andThen: (executor) => deleteRelationRow(executor, collection, field),
  });
  await refreshSchema(ctx);
}
