import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FieldType, fieldTypes, geometryFieldTypes, isFieldType } from './field-type.js';

describe('fieldTypes', () => {
  it('holds the wire field types of the field object', () => {
    expect(fieldTypes).toEqual([
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
      'geometry',
      'geometry.Point',
      'geometry.LineString',
      'geometry.Polygon',
      'geometry.MultiPoint',
      'geometry.MultiLineString',
      'geometry.MultiPolygon',
      'alias',
      'unknown',
    ]);
  });

  it('contains every geometry subtype', () => {
    for (const type of geometryFieldTypes) expect(fieldTypes).toContain(type);
  });
});

describe('isFieldType', () => {
  it('narrows known types and refuses the payload-only alias spellings', () => {
    const value: unknown = 'dateTime';
    if (isFieldType(value)) expectTypeOf(value).toEqualTypeOf<FieldType>();
    expect(isFieldType(value)).toBe(true);
    expect(isFieldType('geometry.Point')).toBe(true);
    expect(isFieldType('o2m')).toBe(false);
    expect(isFieldType('datetime')).toBe(false);
    expect(isFieldType(undefined)).toBe(false);
  });
});
