import type { FieldInput } from '../../../src/ddl/index.js';

/** Every field type, and every option a column can carry. */
export const everyType: FieldInput[] = [
  { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
  {
    field: 'title',
    type: 'string',
    schema: { max_length: 120, is_nullable: false, is_unique: true, comment: "it's the title" },
  },
  { field: 'status', type: 'string', schema: { default_value: "draft's", is_indexed: true } },
  { field: 'unbounded', type: 'string', schema: { max_length: null } },
  { field: 'body', type: 'text' },
  { field: 'count', type: 'integer', schema: { default_value: 0 } },
  { field: 'big', type: 'bigInteger' },
  { field: 'ratio', type: 'float' },
  { field: 'price', type: 'decimal', schema: { numeric_precision: 12, numeric_scale: 2 } },
  { field: 'amount', type: 'decimal' },
  { field: 'active', type: 'boolean', schema: { default_value: true, is_nullable: false } },
  { field: 'day', type: 'date' },
  { field: 'at_time', type: 'time' },
  { field: 'local_at', type: 'dateTime' },
  { field: 'created_at', type: 'timestamp', schema: { default_value: 'now()' } },
  { field: 'data', type: 'json', schema: { default_value: { a: 1 } } },
  { field: 'ref', type: 'uuid' },
  { field: 'password', type: 'hash' },
  { field: 'tags', type: 'csv' },
  { field: 'blob', type: 'binary' },
  { field: 'children', type: 'alias' },
  { field: 'divider', type: null },
];
