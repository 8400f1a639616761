import type { SystemColumnType } from '@plinth/database';
import type { DatabaseClient, FieldOverview, FieldSpecial, FieldType } from '@plinth/types';
import type { ColumnSchema, TableSchema } from '../introspection/database-schema.js';
import { toFieldType } from '../introspection/to-field-type.js';
import { isAliasSpecial, resolveFieldType } from './resolve-field-type.js';
import { toAliasFieldOverview, toColumnFieldOverview } from './to-field-overview.js';
import type { FieldMeta } from './wire-types.js';

/** Input of {@link buildFields}. */
export interface BuildFieldsInput {
  table: TableSchema;
  client: DatabaseClient;
  /** The collection's field metas, one per field name. */
  metas: Map<string, FieldMeta>;
  /** For a system collection: the declared type of each column (`table.column` keys). */
  systemTypes?: Map<string, SystemColumnType> | undefined;
}

// A system column declared with a portable type gets the flag that reads it as that type everywhere.
const systemCasts: Partial<Record<SystemColumnType, { type: FieldType; flag: FieldSpecial }>> = {
  json: { type: 'json', flag: 'cast-json' },
  boolean: { type: 'boolean', flag: 'cast-boolean' },
  timestamp: { type: 'timestamp', flag: 'cast-timestamp' },
};

function withFlag(special: FieldSpecial[], flag: FieldSpecial): FieldSpecial[] {
  return special.includes(flag) ? special : [...special, flag];
}

function columnField(input: BuildFieldsInput, column: ColumnSchema): FieldOverview {
  const meta = input.metas.get(column.name) ?? null;
  const base = toFieldType(column, input.client);
  let special: FieldSpecial[] = meta?.special ? [...meta.special] : [];
  const declared = input.systemTypes?.get(`${input.table.name}.${column.name}`);
  const cast = declared ? systemCasts[declared] : undefined;
  if (cast && base !== cast.type) special = withFlag(special, cast.flag);
  // SQLite has no JSON type: values come back as text and must be parsed on read.
  if (input.client === 'sqlite' && base === 'json') special = withFlag(special, 'cast-json');
  let type = resolveFieldType(base, special);
  if (declared === 'uuid' && (type === 'string' || type === 'unknown')) type = 'uuid';
  return toColumnFieldOverview(column, type, special, meta);
}

function bySort(a: FieldMeta, b: FieldMeta): number {
  return (a.sort ?? Number.MAX_SAFE_INTEGER) - (b.sort ?? Number.MAX_SAFE_INTEGER);
}

/**
 * The fields of one table: every column (with its meta when there is one), then the alias fields declared
 * by meta alone, in meta sort order. A meta without a column that is not an alias is left out, as the
 * column it described no longer exists.
 */
export function buildFields(input: BuildFieldsInput): Record<string, FieldOverview> {
  const fields: Record<string, FieldOverview> = {};
  for (const column of Object.values(input.table.columns)) fields[column.name] = columnField(input, column);
  const aliases = [...input.metas.values()]
    .filter((meta) => !(meta.field in input.table.columns) && isAliasSpecial(meta.special ?? []))
    .sort(bySort);
  for (const meta of aliases) fields[meta.field] = toAliasFieldOverview(meta, [...(meta.special ?? [])]);
  return fields;
}
