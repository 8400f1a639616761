import type { GeometryFieldType } from '@plinth/types';

const subtypes: Readonly<Record<string, GeometryFieldType>> = {
  geometry: 'geometry',
  geography: 'geometry',
  geometrycollection: 'geometry',
  point: 'geometry.Point',
  linestring: 'geometry.LineString',
  polygon: 'geometry.Polygon',
  multipoint: 'geometry.MultiPoint',
  multilinestring: 'geometry.MultiLineString',
  multipolygon: 'geometry.MultiPolygon',
};

/**
 * The geometry field type for a spatial type name: a MySQL/SQLite `point` column, or the subtype
 * inside PostGIS's `geometry(Point,4326)`. `null` when the name is not a spatial type.
 */
export function toGeometryFieldType(dataType: string): GeometryFieldType | null {
  const match = /^(geometry|geography)\s*\(\s*(\w+)/i.exec(dataType);
  const name = (match ? (match[2] ?? '') : dataType).toLowerCase();
  const type = subtypes[name];
  if (type) return type;
  return match ? 'geometry' : null;
}
