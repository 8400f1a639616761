import type { FieldOverview, FieldType } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { toOasFieldSchema } from './openapi-field-schema.js';

const field = (type: FieldType, nullable = false) => ({ field: 'f', type, nullable }) as FieldOverview;

describe('toOasFieldSchema', () => {
  it.each([
    ['string', { type: 'string' }],
    ['uuid', { type: 'string', format: 'uuid' }],
    ['integer', { type: 'integer' }],
    ['bigInteger', { type: 'integer', format: 'int64' }],
    ['float', { type: 'number', format: 'float' }],
    ['boolean', { type: 'boolean' }],
    ['dateTime', { type: 'string', format: 'date-time' }],
    ['timestamp', { type: 'string', format: 'date-time' }],
    ['date', { type: 'string', format: 'date' }],
    ['csv', { type: 'array', items: { type: 'string' } }],
    ['json', {}],
    ['geometry.Point', { type: 'object' }],
    ['unknown', {}],
  ] as const)('types a %s field', (type, expected) => {
    expect(toOasFieldSchema(field(type))).toEqual(expected);
  });

  it('marks nullable columns and leaves the shared table untouched', () => {
    expect(toOasFieldSchema(field('integer', true))).toEqual({ type: 'integer', nullable: true });
    expect(toOasFieldSchema(field('integer'))).toEqual({ type: 'integer' });
  });
});
