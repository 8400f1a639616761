import { describe, expect, it } from 'vitest';
import { withAliasSpecial } from './with-alias-special.js';

describe('withAliasSpecial', () => {
  it('leaves column fields and fields that already say their kind alone', () => {
    const column = { field: 'title', type: 'string' };
    expect(withAliasSpecial(column)).toBe(column);
    const o2m = { field: 'comments', type: 'alias', meta: { special: ['o2m'] } };
    expect(withAliasSpecial(o2m)).toBe(o2m);
  });

  it('names the kind an alias type gives, or marks a presentation field', () => {
    expect(withAliasSpecial({ field: 'tags', type: 'm2m' }).meta).toEqual({ special: ['m2m'] });
    expect(withAliasSpecial({ field: 'divider', type: 'alias', meta: { width: 'full' } }).meta).toEqual({
      width: 'full',
      special: ['alias', 'no-data'],
    });
    expect(withAliasSpecial({ field: 'note', type: null }).meta?.special).toEqual(['alias', 'no-data']);
  });
});
