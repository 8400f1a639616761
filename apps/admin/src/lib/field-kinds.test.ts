import { describe, expect, it } from 'vitest';
import { isEditable, toChoices, toFieldKind } from './field-kinds.js';
import type { FieldInfo } from './schema-types.js';

const field = (
  type: string,
  meta: FieldInfo['meta'] = null,
  schema: FieldInfo['schema'] = {},
): FieldInfo => ({
  collection: 'c',
  field: 'f',
  type,
  schema,
  meta,
});

describe('toFieldKind', () => {
  it('follows the column type', () => {
    expect(toFieldKind(field('string'), null)).toBe('text');
    expect(toFieldKind(field('text'), null)).toBe('textarea');
    expect(toFieldKind(field('bigInteger'), null)).toBe('integer');
    expect(toFieldKind(field('decimal'), null)).toBe('decimal');
    expect(toFieldKind(field('boolean'), null)).toBe('boolean');
    expect(toFieldKind(field('timestamp'), null)).toBe('datetime');
    expect(toFieldKind(field('json'), null)).toBe('json');
    expect(toFieldKind(field('alias', null, null), null)).toBe('readonly');
  });

  it('prefers a relation, then choices, then a multiline interface', () => {
    const choices = { options: { choices: [{ text: 'Draft', value: 'draft' }] } };
    expect(toFieldKind(field('integer'), 'authors')).toBe('m2o');
    expect(toFieldKind(field('string', choices), null)).toBe('choices');
    expect(toFieldKind(field('string', { interface: 'input-multiline' }), null)).toBe('textarea');
  });

  it('gives rich text and markdown interfaces their editors', () => {
    expect(toFieldKind(field('text', { interface: 'input-rich-text-html' }), null)).toBe('rich-text');
    expect(toFieldKind(field('text', { interface: 'input-rich-text-md' }), null)).toBe('markdown');
  });
});

describe('toChoices', () => {
  it('reads objects and plain strings, and ignores the rest', () => {
    const options = { choices: [{ text: 'Draft', value: 'draft' }, 'live', 7, { value: 3 }] };
    expect(toChoices(field('string', { options }))).toEqual([
      { text: 'Draft', value: 'draft' },
      { text: 'live', value: 'live' },
      { text: '3', value: '3' },
    ]);
    expect(toChoices(field('string'))).toEqual([]);
  });
});

describe('isEditable', () => {
  it('hides hidden fields and auto-increment keys', () => {
    expect(isEditable(field('string'))).toBe(true);
    expect(isEditable(field('string', { hidden: true }))).toBe(false);
    expect(isEditable(field('integer', null, { is_primary_key: true, has_auto_increment: true }))).toBe(
      false,
    );
    expect(isEditable(field('uuid', null, { is_primary_key: true }))).toBe(true);
  });
});
