import { describe, expect, it } from 'vitest';
import { StorageErrorCode } from './storage-error.js';
import { toRootPrefix } from './to-root-prefix.js';

describe('toRootPrefix', () => {
  it('turns a root option into an object-name prefix', () => {
    expect(toRootPrefix(undefined)).toBe('');
    expect(toRootPrefix('')).toBe('');
    expect(toRootPrefix('/')).toBe('');
    expect(toRootPrefix('/media/')).toBe('media/');
    expect(toRootPrefix('a/b')).toBe('a/b/');
  });

  it('refuses a root that climbs', () => {
    expect(() => toRootPrefix('../other')).toThrow(
      expect.objectContaining({ code: StorageErrorCode.InvalidKey }),
    );
  });
});
