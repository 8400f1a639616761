import type { CollectionOverview, FieldOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { readSingletonDefaults } from './read-singleton-defaults.js';

const field = (name: string, extra: Partial<FieldOverview> = {}) =>
  ({ field: name, alias: false, special: [], defaultValue: null, ...extra }) as FieldOverview;

const overview = {
  collection: 'settings',
  primary: 'id',
  fields: {
    id: field('id', { defaultValue: 'nextval()' }),
    theme: field('theme', { defaultValue: 'light' }),
    headline: field('headline'),
    pages: field('pages', { alias: true, special: ['o2m'] }),
    divider: field('divider', { alias: true, special: ['no-data'] }),
  },
} as unknown as CollectionOverview;

describe('readSingletonDefaults', () => {
  it('gives every column its default and the key null, and skips alias fields', () => {
    expect(readSingletonDefaults(overview, {})).toEqual({ id: null, theme: 'light', headline: null });
    expect(readSingletonDefaults(overview, { fields: ['*.*'] })).toEqual({
      id: null,
      theme: 'light',
      headline: null,
    });
  });

  it('keeps only the fields asked for, by their first path segment', () => {
    expect(readSingletonDefaults(overview, { fields: ['theme', 'pages.title', 'id'] })).toEqual({
      theme: 'light',
      id: null,
    });
  });
});
