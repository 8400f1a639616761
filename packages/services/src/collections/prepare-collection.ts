import { InvalidPayloadError } from '@plinth/errors';
import { type DdlPlan, planCreateTable } from '@plinth/schema';
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context/service-context.js';
import { toFieldMetaRows } from '../fields/to-field-meta-rows.js';
import { withAliasSpecial } from '../fields/with-alias-special.js';
import { hasColumn } from '../lib/alias-types.js';
import { toMetaRow } from '../lib/to-meta-row.js';
import { parseCollectionPayload } from './parse-collection-payload.js';
import { withDefaultPrimaryKey } from './with-default-primary-key.js';

/** A collection ready to be created: the DDL, and the meta rows written in the same unit. */
export interface PreparedCollection {
  name: string;
  plan: DdlPlan;
  writeMeta(executor: Kysely<any>): Promise<void>;
}

/**
 * Validates a `POST /collections` body and plans it: a table with its fields (or nothing, for a
 * folder without `schema`), its `directus_collections` row and the `directus_fields` rows.
 * Nothing is written here.
 */
export function prepareCollection(
  ctx: ServiceContext,
  body: unknown,
  taken: ReadonlySet<string>,
): PreparedCollection {
  const payload = parseCollectionPayload(body);
  const name = payload.collection;
  if (ctx.schema.collections[name] || ctx.schema.folders[name] || taken.has(name)) {
    throw new InvalidPayloadError({ reason: `Collection "${name}" already exists` });
  }
  const isTable = payload.schema !== undefined && payload.schema !== null;
  const fields = isTable ? withDefaultPrimaryKey(payload.fields ?? []).map(withAliasSpecial) : [];
  const columns = fields
    .filter((field) => hasColumn(field.type))
    .map((field) => ({ field: field.field, type: field.type ?? null, schema: field.schema ?? null }));
  const plan = isTable
    ? planCreateTable(ctx.database, name, columns)
    : { client: ctx.database.client, steps: [] };
  const meta = payload.meta ?? (isTable ? null : {});
  return {
    name,
    plan,
    async writeMeta(executor) {
      if (meta) {
        const row = toMetaRow('directus_collections', { ...meta, collection: name });
        await executor.insertInto('directus_collections').values(row).execute();
      }
      // One row per statement: rows carry different keys, and SQLite cannot fill gaps with DEFAULT.
      for (const row of toFieldMetaRows(name, fields)) {
        await executor.insertInto('directus_fields').values(row).execute();
      }
    },
  };
}
