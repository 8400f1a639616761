import { type DdlPlan, planAddForeignKey, type RelationObject, runPlan } from '@plinth/schema';
import type { ForeignKeyAction } from '@plinth/types';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { toMetaRow } from '../lib/to-meta-row.js';
import { assertRelationTargets } from './assert-relation-targets.js';
import { findRelation } from './find-relation.js';
import { parseRelationPayload } from './parse-relation-payload.js';

/**
 * `POST /relations`: the foreign key (unless `schema: null`, for many-to-any, or when the
 * database already has one) and the `directus_relations` row, in one unit. The payload is checked
 * against the data model and the database first; returns the relation as `GET` shows it.
 */
export async function createRelation(ctx: ServiceContext, body: unknown): Promise<RelationObject> {
  assertAdmin(ctx);
  const payload = parseRelationPayload(body);
  assertRelationTargets(ctx.schema, payload);
  const { collection, field, related_collection } = payload;
  const hasKey = ctx.schema.relations.some(
    (relation) => relation.collection === collection && relation.field === field,
  );
  let plan: DdlPlan = { client: ctx.database.client, steps: [] };
  if (related_collection !== null && payload.schema !== null && !hasKey) {
    const rules = (payload.schema ?? {}) as { on_delete?: ForeignKeyAction; on_update?: ForeignKeyAction };
    const input = { collection, field, related_collection, schema: rules };
    plan = planAddForeignKey(ctx.database, input, await introspectModel(ctx));
  }
  const row = toMetaRow('directus_relations', {
    one_deselect_action: 'nullify',
    ...payload.meta,
    many_collection: collection,
    many_field: field,
    one_collection: related_collection,
  });
  await runPlan(ctx.database, plan, {
    andThen: async (executor) => {
      await executor.insertInto('directus_relations').values(row).execute();
    },
  });
  return findRelation(await refreshSchema(ctx), collection, field);
}
