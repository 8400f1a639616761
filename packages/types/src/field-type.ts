/**
 * The geometry subtypes a field may be narrowed to (`geometry.Point`, ...). Plain `geometry` accepts any of them.
 */
export const geometryFieldTypes = [
  'geometry',
  'geometry.Point',
  'geometry.LineString',
  'geometry.Polygon',
  'geometry.MultiPoint',
  'geometry.MultiLineString',
  'geometry.MultiPolygon',
] as const;

/** A geometry field type, plain or narrowed to one GeoJSON geometry. */
export type GeometryFieldType = (typeof geometryFieldTypes)[number];

/**
 * Every field `type` the wire knows (the `type` key of a field object). Kept as a list so the query and
 * schema packages can validate incoming payloads against the same source as the type.
 */
export const fieldTypes = [
  'string',
  'text',
  'integer',
  'bigInteger',
  'float',
  'decimal',
  'boolean',
  'date',
  'time',
  'dateTime',
  'timestamp',
  'json',
  'csv',
  'uuid',
  'hash',
  'binary',
  ...geometryFieldTypes,
  'alias',
  'unknown',
] as const;

/**
 * A field's wire type. `alias` fields have no column (o2m, m2m, m2a, presentation); `unknown` marks database
 * types Plinth reads but cannot write.
 */
export type FieldType = (typeof fieldTypes)[number];

/** Narrows a string to a known {@link FieldType}. */
export function isFieldType(value: unknown): value is FieldType {
  return typeof value === 'string' && (fieldTypes as readonly string[]).includes(value);
}
