import type { DatabaseIntrospector } from '../database-introspector.js';
import type { ForeignKeyRule } from '../database-schema.js';
import type { Catalog, CatalogColumn, CatalogIndex } from '../lib/catalog.js';
import { isPgSequenceDefault, parsePgDefault } from './parse-pg-default.js';
import {
  createPgCatalogQuery,
  type PgCatalogRow,
  type PgColumnRow,
  type PgIndexRow,
} from './pg-catalog-query.js';

const rules: Readonly<Record<string, ForeignKeyRule>> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

const lengthTypes = new Set(['character varying', 'character', 'bit', 'bit varying']);

/** The typmod holds the length (+4 for character types) or the packed precision and scale. */
function toSizes(row: PgColumnRow) {
  const typmod = row.typmod;
  const hasTypmod = typmod > 0;
  const isCharacter = row.data_type.startsWith('character');
  const maxLength = hasTypmod && lengthTypes.has(row.data_type) ? typmod - (isCharacter ? 4 : 0) : null;
  const isNumeric = row.data_type === 'numeric' && hasTypmod;
  return {
    max_length: maxLength,
    numeric_precision: isNumeric ? ((typmod - 4) >> 16) & 0xffff : null,
    numeric_scale: isNumeric ? (typmod - 4) & 0xffff : null,
  };
}

function toColumn(row: PgColumnRow): CatalogColumn {
  const isGenerated = row.generated === 's';
  const isSequence = isPgSequenceDefault(row.default);
  return {
    table: row.table,
    name: row.name,
    position: row.position,
    // PostGIS keeps the geometry kind in the typmod: `geometry(Point,4326)` says more than `geometry`.
    data_type: /^(geometry|geography)$/.test(row.data_type) ? row.full_type : row.data_type,
    default: isGenerated || isSequence ? null : parsePgDefault(row.default),
    ...toSizes(row),
    is_nullable: !row.not_null,
    is_generated: isGenerated,
    generation_expression: isGenerated ? row.default : null,
    has_auto_increment: isSequence || row.identity === 'a' || row.identity === 'd',
    comment: row.comment,
  };
}

function toIndex(row: PgIndexRow): CatalogIndex | null {
  const columns = row.columns ?? [];
  // An expression index has no column list to report; it is left out rather than half-described.
  if (columns.length === 0 || columns.some((column) => column === null)) return null;
  return {
    table: row.table,
    name: row.name,
    columns: columns as string[],
    unique: row.unique,
    primary: row.primary,
    partial: row.partial,
  };
}

/** Converts the row of the PostgreSQL catalog statement into the portable catalog. */
export function toPgCatalog(row: PgCatalogRow): Catalog {
  return {
    tables: row.tables.map((table) => ({ name: table.name, schema: table.schema, comment: table.comment })),
    columns: row.columns.map(toColumn),
    indexes: row.indexes.map(toIndex).filter((index): index is CatalogIndex => index !== null),
    foreignKeys: row.foreign_keys.map((key) => ({
      table: key.table,
      name: key.name,
      columns: key.columns,
      foreign_key_schema: key.foreign_key_schema,
      foreign_key_table: key.foreign_key_table,
      foreign_key_columns: key.foreign_key_columns,
      on_update: rules[key.on_update] ?? 'NO ACTION',
      on_delete: rules[key.on_delete] ?? 'NO ACTION',
    })),
  };
}

/** PostgreSQL: one statement over `pg_catalog` for the whole schema. */
export const pgIntrospector: DatabaseIntrospector = {
  async readCatalog(db, options) {
    const result = await createPgCatalogQuery(options.schema).execute(db);
    const row = result.rows[0];
    return row ? toPgCatalog(row) : { tables: [], columns: [], indexes: [], foreignKeys: [] };
  },
};
