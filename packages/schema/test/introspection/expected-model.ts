import type { ColumnSchema } from '../../src/introspection/index.js';
import type { ModelEngine } from './helpers/reference-model.js';

type PerEngine<T> = T | Record<ModelEngine, T>;

/** A column's expected answers; `data_type` (and a few others) may differ per engine. */
export interface ExpectedColumn
  extends Partial<Omit<ColumnSchema, 'name' | 'table' | 'data_type' | 'max_length' | 'comment'>> {
  data_type: PerEngine<string>;
  max_length?: PerEngine<number | null>;
  comment?: PerEngine<string | null>;
  field_type: PerEngine<string>;
}

const int = { pg: 'integer', mysql: 'int', sqlite: 'integer' };
const varchar = { pg: 'character varying', mysql: 'varchar', sqlite: 'varchar' };
const serialId: ExpectedColumn = {
  data_type: int,
  field_type: 'integer',
  is_primary_key: true,
  has_auto_increment: true,
  is_nullable: false,
  is_unique: true,
  is_indexed: true,
  default_value: null,
};
const plain = { is_unique: false, is_indexed: false, is_primary_key: false, has_auto_increment: false };

/** The reference model's `articles` table, column by column, on every engine. */
export const expectedArticleColumns: Record<string, ExpectedColumn> = {
  id: serialId,
  title: {
    ...plain,
    data_type: varchar,
    field_type: 'string',
    max_length: 255,
    is_nullable: false,
    comment: { pg: 'Headline', mysql: 'Headline', sqlite: null },
  },
  slug: { data_type: varchar, field_type: 'string', max_length: 100, is_unique: true, is_indexed: true },
  status: { ...plain, data_type: varchar, field_type: 'string', default_value: 'draft', is_nullable: false },
  price: {
    ...plain,
    data_type: { pg: 'numeric', mysql: 'decimal', sqlite: 'decimal' },
    field_type: 'decimal',
    default_value: 9.99,
    numeric_precision: 10,
    numeric_scale: 2,
    is_nullable: true,
  },
  published: {
    data_type: { pg: 'boolean', mysql: 'tinyint', sqlite: 'boolean' },
    field_type: 'boolean',
    default_value: false,
    is_nullable: false,
    is_indexed: true,
    is_unique: false,
  },
  views: { ...plain, data_type: 'bigint', field_type: 'bigInteger', default_value: 0, is_nullable: false },
  rating: {
    ...plain,
    data_type: { pg: 'double precision', mysql: 'double', sqlite: 'double' },
    field_type: 'float',
    numeric_precision: null,
  },
  data: { ...plain, data_type: { pg: 'jsonb', mysql: 'json', sqlite: 'json' }, field_type: 'json' },
  body: { ...plain, data_type: 'text', field_type: 'text', max_length: null },
  publish_date: { ...plain, data_type: 'date', field_type: 'date' },
  publish_time: {
    ...plain,
    data_type: { pg: 'time without time zone', mysql: 'time', sqlite: 'time' },
    field_type: 'time',
  },
  created_at: {
    ...plain,
    data_type: { pg: 'timestamp with time zone', mysql: 'timestamp', sqlite: 'timestamp' },
    field_type: 'timestamp',
    default_value: 'CURRENT_TIMESTAMP',
    is_nullable: true,
  },
  updated_at: {
    ...plain,
    data_type: { pg: 'timestamp without time zone', mysql: 'datetime', sqlite: 'datetime' },
    field_type: 'dateTime',
    default_value: null,
  },
  external_id: {
    data_type: { pg: 'uuid', mysql: 'char', sqlite: 'char' },
    // char(36) stays a string: only field metadata can say it holds UUIDs.
    field_type: { pg: 'uuid', mysql: 'string', sqlite: 'string' },
    max_length: { pg: null, mysql: 36, sqlite: 36 },
    is_unique: true,
    is_indexed: true,
    is_nullable: true,
  },
  title_length: { ...plain, data_type: int, field_type: 'integer', is_generated: true, default_value: null },
  author_id: {
    ...plain,
    is_indexed: true,
    data_type: int,
    field_type: 'integer',
    is_nullable: true,
    foreign_key_table: 'authors',
    foreign_key_column: 'id',
  },
};

/** Defaults of the `sessions` table: literals, quoting, and expressions in their portable spelling. */
export const expectedSessionDefaults: Record<string, PerEngine<unknown>> = {
  token: { pg: 'gen_random_uuid()', mysql: 'gen_random_uuid()', sqlite: 'lower(hex(randomblob(16)))' },
  note: "it's",
  code: '007',
  score: -1,
  expires_on: 'CURRENT_DATE',
  is_active: true,
};

/** The value for an engine, whether written once or per engine. */
export function forEngine<T>(value: PerEngine<T>, engine: ModelEngine): T {
  const isPerEngine =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'pg' in value &&
    'sqlite' in value;
  return isPerEngine ? (value as Record<ModelEngine, T>)[engine] : (value as T);
}
