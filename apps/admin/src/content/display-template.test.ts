import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../lib/schema-types.js';
import { renderTemplate, templateFields, toDisplayTemplate } from './display-template.js';

const field = (name: string, type: string, primary = false, hidden = false): FieldInfo => ({
  collection: 'c',
  field: name,
  type,
  schema: { is_primary_key: primary },
  meta: { hidden },
});

describe('display templates', () => {
  it('lists the fields a template reads, once each', () => {
    expect(templateFields('{{ title }} by {{author.name}} ({{title}})')).toEqual(['title', 'author.name']);
  });

  it('renders nested values and leaves missing ones empty', () => {
    const item = { title: 'Dune', author: { name: 'Frank' }, year: null };
    expect(renderTemplate('{{title}} by {{author.name}}', item)).toBe('Dune by Frank');
    expect(renderTemplate('{{title}} {{year}}', item)).toBe('Dune');
  });

  it('falls back to the first visible text field, then the primary key', () => {
    const fields = [
      field('code', 'uuid', true),
      field('secret', 'string', false, true),
      field('name', 'string'),
    ];
    expect(toDisplayTemplate(fields, '{{code}} – {{name}}')).toBe('{{code}} – {{name}}');
    expect(toDisplayTemplate(fields, null)).toBe('{{name}}');
    expect(toDisplayTemplate(fields, 'no tokens')).toBe('{{name}}');
    expect(toDisplayTemplate([field('code', 'uuid', true)], null)).toBe('{{code}}');
  });
});
