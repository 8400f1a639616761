import type { DatabaseSchema } from '../introspection/database-schema.js';
import type { DdlPlan, DdlTarget, RelationInput } from './ddl-types.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';
import { foreignKeyIndexSteps } from './steps/index-steps.js';
import { assertValidRelation } from './validation/assert-valid-relation.js';

/**
 * Plans the foreign key of a relation (`POST /relations` with a `schema`): the field's column
 * references the related collection's primary key, with the relation's `on_delete`/`on_update`
 * (default `NO ACTION`). `schema` is the database as introspected; the relation is checked against
 * it and refused with `INVALID_PAYLOAD` before planning. On SQLite the table is rebuilt. The column is
 * indexed too, unless the engine does that itself or an index already leads with it.
 */
export function planAddForeignKey(
  target: DdlTarget,
  relation: RelationInput,
  schema: DatabaseSchema,
): DdlPlan {
  const key = assertValidRelation(relation, schema);
  const table = schema.tables[key.table]!;
  const dialect = getDdlDialect(target.client);
  const steps = [
    ...dialect.addForeignKey(target, table, key),
    ...foreignKeyIndexSteps(dialect, target, table, key.column),
  ];
  return { client: target.client, steps };
}
