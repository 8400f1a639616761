import { isPlinthError } from '@plinth/errors';
import type { FieldOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { prepareFieldUpdate } from './prepare-field-update.js';

function column(field: string, extra: Partial<FieldOverview> = {}): FieldOverview {
  const schema = {
    name: field,
    table: 'articles',
    data_type: 'varchar',
    default_value: null,
    max_length: 255,
    numeric_precision: null,
    numeric_scale: null,
    is_generated: false,
    generation_expression: null,
    is_nullable: true,
    is_unique: false,
    is_indexed: false,
    is_primary_key: false,
    has_auto_increment: false,
    foreign_key_schema: null,
    foreign_key_table: null,
    foreign_key_column: null,
    comment: null,
  };
  return { field, type: 'string', special: [], meta: null, schema, ...extra } as FieldOverview;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPlinthError(error)) return error.code;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('prepareFieldUpdate', () => {
  it('turns only what differs from the column into a change', () => {
    const title = column('title');
    const echoed = { field: 'title', schema: { ...title.schema, is_nullable: false }, meta: { note: 'n' } };
    expect(prepareFieldUpdate(title, echoed)).toEqual({
      field: 'title',
      change: { field: 'title', schema: { is_nullable: false } },
      meta: { note: 'n' },
    });
    expect(
      prepareFieldUpdate(title, { field: 'title', type: 'string', meta: { note: 'n' } }).change,
    ).toBeNull();
  });

  it('retypes for a size change and swaps the type flags for the new ones', () => {
    const title = column('title');
    expect(prepareFieldUpdate(title, { field: 'title', schema: { max_length: 80 } }).change).toEqual({
      field: 'title',
      type: 'string',
      schema: { max_length: 80 },
    });
    const data = column('data', { type: 'string', special: ['m2o'] });
    expect(prepareFieldUpdate(data, { field: 'data', type: 'json' }).meta).toEqual({
      special: ['cast-json', 'm2o'],
    });
  });

  it('refuses unknown fields, kind changes and system field edits beyond the index', () => {
    expect(codeOf(() => prepareFieldUpdate(undefined, { field: 'nope' }))).toBe('FORBIDDEN');
    expect(codeOf(() => prepareFieldUpdate(column('title'), { field: 'title', type: 'alias' }))).toBe(
      'INVALID_PAYLOAD',
    );
    const email = column('email', { meta: { system: true } as FieldOverview['meta'] });
    expect(codeOf(() => prepareFieldUpdate(email, { field: 'email', meta: { note: 'x' } }))).toBe(
      'INVALID_PAYLOAD',
    );
    expect(prepareFieldUpdate(email, { field: 'email', schema: { is_indexed: true } }).change).toEqual({
      field: 'email',
      schema: { is_indexed: true },
    });
  });
});
