import type { FieldOverview } from '@plinth/types';

/** An OpenAPI 3.0 schema object, as far as the generated document uses it. */
export type OasSchema = Record<string, unknown>;

const byType: Record<string, OasSchema> = {
  string: { type: 'string' },
  text: { type: 'string' },
  hash: { type: 'string' },
  uuid: { type: 'string', format: 'uuid' },
  integer: { type: 'integer' },
  bigInteger: { type: 'integer', format: 'int64' },
  float: { type: 'number', format: 'float' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string' },
  dateTime: { type: 'string', format: 'date-time' },
  timestamp: { type: 'string', format: 'date-time' },
  csv: { type: 'array', items: { type: 'string' } },
  json: {},
  binary: { type: 'string' },
};

/** The schema of a column's value on the wire (geometry is GeoJSON; unknown types accept anything). */
export function toOasFieldSchema(field: FieldOverview): OasSchema {
  const base = field.type.startsWith('geometry') ? { type: 'object' } : (byType[field.type] ?? {});
  return field.nullable ? { ...base, nullable: true } : { ...base };
}
