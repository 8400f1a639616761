import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../lib/schema-types.js';
import { parseChoices, parseDefaultValue, toFieldDraft, toFieldPatch } from './field-draft.js';

const title: FieldInfo = {
  collection: 'articles',
  field: 'title',
  type: 'string',
  schema: { is_nullable: true, is_unique: false, default_value: null },
  meta: { interface: 'input', options: { placeholder: 'A title', trim: true }, required: false },
};

describe('toFieldPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(toFieldPatch(title, toFieldDraft(title))).toBeNull();
  });

  it('sends only the meta keys and column settings that changed, keeping other options', () => {
    const draft = { ...toFieldDraft(title), required: true, defaultValue: 'Untitled', unique: true };
    expect(toFieldPatch(title, { ...draft, note: 'Shown in lists', placeholder: 'Headline' })).toEqual({
      meta: { note: 'Shown in lists', required: true, options: { trim: true, placeholder: 'Headline' } },
      schema: { default_value: 'Untitled', is_unique: true },
    });
  });

  it('turns a field into a dropdown with choices, and clears an emptied default', () => {
    const status = { ...title, schema: { ...title.schema, default_value: 'draft' } };
    const draft = { ...toFieldDraft(status), interface: 'select-dropdown', choices: 'draft=Draft\nlive\n' };
    expect(toFieldPatch(status, { ...draft, defaultValue: '' })).toEqual({
      meta: {
        interface: 'select-dropdown',
        options: {
          trim: true,
          choices: [
            { value: 'draft', text: 'Draft' },
            { value: 'live', text: 'live' },
          ],
        },
      },
      schema: { default_value: null },
    });
  });

  it('reads choices back as lines, and leaves the column of an alias field alone', () => {
    const tags: FieldInfo = {
      collection: 'articles',
      field: 'tags',
      type: 'alias',
      schema: null,
      meta: { interface: 'select-dropdown', options: { choices: [{ text: 'One', value: '1' }, 'two'] } },
    };
    expect(toFieldDraft(tags).choices).toBe('1=One\ntwo');
    expect(toFieldPatch(tags, { ...toFieldDraft(tags), hidden: true, unique: true })).toEqual({
      meta: { hidden: true },
    });
  });
});

describe('parseDefaultValue and parseChoices', () => {
  it('types a default by the column', () => {
    expect(parseDefaultValue(' 42 ', 'integer')).toBe(42);
    expect(parseDefaultValue('true', 'boolean')).toBe(true);
    expect(parseDefaultValue('{"a":1}', 'json')).toEqual({ a: 1 });
    expect(parseDefaultValue('  ', 'string')).toBeNull();
    expect(() => parseDefaultValue('many', 'float')).toThrow(/must be a number/);
    expect(() => parseDefaultValue('yes', 'boolean')).toThrow(/true or false/);
    expect(() => parseDefaultValue('{', 'json')).toThrow(/must be JSON/);
  });

  it('splits value=Label lines', () => {
    expect(parseChoices('a = Apple\n\nb')).toEqual([
      { value: 'a', text: 'Apple' },
      { value: 'b', text: 'b' },
    ]);
  });
});
