import { describe, expect, it } from 'vitest';
import { normalizeDefaultExpression } from './normalize-default-expression.js';
import { toDefaultValue } from './to-default-value.js';

describe('toDefaultValue', () => {
  it('types literals by the field type', () => {
    expect(toDefaultValue({ literal: '9.99' }, 'decimal')).toBe(9.99);
    expect(toDefaultValue({ literal: '-1' }, 'integer')).toBe(-1);
    expect(toDefaultValue({ literal: '0' }, 'boolean')).toBe(false);
    expect(toDefaultValue({ literal: 'true' }, 'boolean')).toBe(true);
    expect(toDefaultValue({ literal: '007' }, 'string')).toBe('007');
    expect(toDefaultValue({ literal: '{}' }, 'json')).toBe('{}');
  });

  it('keeps text it cannot read as the type, and bigints beyond 2^53 exact', () => {
    expect(toDefaultValue({ literal: 'abc' }, 'integer')).toBe('abc');
    expect(toDefaultValue({ literal: '9007199254740993' }, 'bigInteger')).toBe('9007199254740993');
    expect(toDefaultValue({ literal: 'maybe' }, 'boolean')).toBe('maybe');
  });

  it('returns null for no default and normalised text for expressions', () => {
    expect(toDefaultValue(null, 'string')).toBeNull();
    expect(toDefaultValue({ expression: 'now()' }, 'timestamp')).toBe('CURRENT_TIMESTAMP');
  });
});

describe('normalizeDefaultExpression', () => {
  it.each([
    ['now()', 'CURRENT_TIMESTAMP'],
    ['current_timestamp()', 'CURRENT_TIMESTAMP'],
    ['CURRENT_TIMESTAMP(3)', 'CURRENT_TIMESTAMP'],
    ['getdate()', 'CURRENT_TIMESTAMP'],
    ["datetime('now')", 'CURRENT_TIMESTAMP'],
    ['curdate()', 'CURRENT_DATE'],
    ['current_time', 'CURRENT_TIME'],
    ['uuid()', 'gen_random_uuid()'],
    ['newid()', 'gen_random_uuid()'],
    ['lower(hex(randomblob(16)))', 'lower(hex(randomblob(16)))'],
  ])('%s reads %s', (input, expected) => {
    expect(normalizeDefaultExpression(input)).toBe(expected);
  });
});
