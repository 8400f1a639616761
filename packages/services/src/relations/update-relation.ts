import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import {
  type DatabaseSchema,
  planAddForeignKey,
  planDropForeignKey,
  type RelationObject,
  runPlan,
} from '@plinth/schema';
import type { ForeignKeyAction, RelationOverview } from '@plinth/types';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { assertRecord } from '../lib/assert-record.js';
import { introspectModel } from '../lib/introspect-model.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { type Planner, sequencePlans } from '../lib/sequence-plans.js';
import { upsertMetaRow } from '../lib/upsert-meta-row.js';
import { findRelation } from './find-relation.js';
import { withoutForeignKey } from './without-foreign-key.js';

type Rules = { on_delete?: ForeignKeyAction; on_update?: ForeignKeyAction };

const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

/** The key changes a `schema` in the body asks for: none, drop, add, or drop and add with new rules. */
function keyPlanners(ctx: ServiceContext, relation: RelationOverview, schema: unknown): Planner[] {
  const { collection, field, related_collection } = relation;
  const drop: Planner = (current) => planDropForeignKey(ctx.database, current.tables[collection]!, field);
  if (schema === undefined) return [];
  if (schema === null) return relation.schema ? [drop] : [];
  assertRecord(schema, '"schema"');
  if (related_collection === null) {
    throw new InvalidPayloadError({ reason: 'A relation without a related collection has no foreign key' });
  }
  const rules: Rules = {
    on_delete: (schema.on_delete ?? relation.schema?.on_delete) as ForeignKeyAction,
    on_update: (schema.on_update ?? relation.schema?.on_update) as ForeignKeyAction,
  };
  const same =
    upper(rules.on_delete) === relation.schema?.on_delete &&
    upper(rules.on_update) === relation.schema?.on_update;
  if (same) return [];
  const add: Planner = (current) =>
    planAddForeignKey(
      ctx.database,
      { collection, field, related_collection, schema: rules },
      withoutForeignKey(current, collection, field),
    );
  return relation.schema ? [drop, add] : [add];
}

/**
 * `PATCH /relations/:collection/:field`: new foreign key rules (the key is dropped and added
 * again), `schema: null` to drop the key, and `meta` merged into (or creating) the relation's row,
 * in one unit. An unknown or system relation is a 403.
 */
export async function updateRelation(
  ctx: ServiceContext,
  collection: string,
  field: string,
  body: unknown,
): Promise<RelationObject> {
  assertAdmin(ctx);
  const relation = ctx.schema.relations.find(
    (entry) => entry.collection === collection && entry.field === field,
  );
  if (!relation || relation.meta?.system) throw new ForbiddenError();
  assertRecord(body, 'The relation');
  const meta = body.meta ?? null;
  if (meta !== null) assertRecord(meta, '"meta"');
  const planners = keyPlanners(ctx, relation, body.schema);
  const schema: DatabaseSchema =
    planners.length > 0 ? await introspectModel(ctx) : { client: ctx.database.client, tables: {} };
  await runPlan(ctx.database, sequencePlans(ctx, schema, planners), {
    andThen: async (executor) => {
      if (!meta) return;
      const row = { ...meta, one_collection: relation.related_collection };
      await upsertMetaRow(
        executor,
        'directus_relations',
        { many_collection: collection, many_field: field },
        row,
      );
    },
  });
  return findRelation(await refreshSchema(ctx), collection, field);
}
