import { describe, expect, it } from 'vitest';
import { FULL_ACCESS, parseJsonObject, toJsonText, toPermissionLevel } from './permission-level.js';

describe('toPermissionLevel', () => {
  it('tells none, all and custom apart', () => {
    expect(toPermissionLevel(undefined)).toBe('none');
    expect(toPermissionLevel(FULL_ACCESS)).toBe('all');
    expect(toPermissionLevel({ permissions: null, validation: null, presets: null, fields: ['*'] })).toBe(
      'all',
    );
    expect(toPermissionLevel({ ...FULL_ACCESS, permissions: { a: { _eq: 1 } } })).toBe('custom');
    expect(toPermissionLevel({ ...FULL_ACCESS, fields: ['id', 'title'] })).toBe('custom');
    expect(toPermissionLevel({ ...FULL_ACCESS, presets: { status: 'draft' } })).toBe('custom');
    expect(toPermissionLevel({ ...FULL_ACCESS, fields: null })).toBe('custom');
  });
});

describe('parseJsonObject', () => {
  it('parses objects, treats empty text as nothing, and refuses the rest', () => {
    expect(parseJsonObject(' {"a": 1} ', 'Presets')).toEqual({ a: 1 });
    expect(parseJsonObject('  ', 'Presets')).toBeNull();
    expect(() => parseJsonObject('[1]', 'Presets')).toThrow('Presets has to be a JSON object.');
    expect(() => parseJsonObject('{a', 'Validation')).toThrow('Validation is not valid JSON.');
    expect(toJsonText({})).toBe('');
    expect(parseJsonObject(toJsonText({ a: [1] }), 'x')).toEqual({ a: [1] });
  });
});
