import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../lib/schema-types.js';
import {
  toArchiveFieldOptions,
  toCollectionMetaPatch,
  toCollectionSettingsDraft,
  toSortFieldOptions,
} from './collection-settings.js';

const stored = {
  note: 'Books we sell',
  icon: null,
  display_template: '{{title}}',
  hidden: false,
  singleton: false,
  sort_field: null,
  archive_field: 'status',
  archive_value: 'archived',
  unarchive_value: 'draft',
  accountability: 'all' as const,
};

describe('toCollectionMetaPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(toCollectionMetaPatch(stored, toCollectionSettingsDraft(stored))).toBeNull();
  });

  it('sends only the changed keys, empty text as null', () => {
    const draft = {
      ...toCollectionSettingsDraft(stored),
      displayTemplate: '{{title}} ({{year}})',
      sortField: 'rank',
      note: '  ',
      hidden: true,
    };
    expect(toCollectionMetaPatch(stored, draft)).toEqual({
      display_template: '{{title}} ({{year}})',
      sort_field: 'rank',
      note: null,
      hidden: true,
    });
  });

  it('turns "no history" into a null accountability, and back', () => {
    const draft = toCollectionSettingsDraft(stored);
    expect(toCollectionMetaPatch(stored, { ...draft, accountability: '' })).toEqual({ accountability: null });
    const silent = { ...stored, accountability: null };
    expect(toCollectionSettingsDraft(silent).accountability).toBe('');
    expect(toCollectionMetaPatch(silent, { ...draft, accountability: 'activity' })).toEqual({
      accountability: 'activity',
    });
  });

  it('starts a collection without meta from the defaults: visible, full history', () => {
    const draft = toCollectionSettingsDraft(null);
    expect(draft).toMatchObject({ hidden: false, singleton: false, accountability: 'all', note: '' });
    expect(toCollectionMetaPatch(null, { ...draft, icon: 'menu_book' })).toEqual({ icon: 'menu_book' });
  });
});

const field = (name: string, type: string, schema: FieldInfo['schema'] = {}): FieldInfo => ({
  collection: 'books',
  field: name,
  type,
  schema,
  meta: null,
});

describe('the field options of the settings', () => {
  const fields = [
    field('id', 'integer', { is_primary_key: true }),
    field('title', 'string'),
    field('rank', 'integer'),
    field('views', 'bigInteger'),
    field('score', 'float'),
    field('chapters', 'alias', null),
  ];

  it('offers integer columns other than the key as sort fields', () => {
    expect(toSortFieldOptions(fields)).toEqual(['rank', 'views']);
  });

  it('offers every column other than the key as archive field', () => {
    expect(toArchiveFieldOptions(fields)).toEqual(['title', 'rank', 'views', 'score']);
  });
});
