import { describe, expect, it } from 'vitest';
import { assertStorageKey, assertStoragePrefix } from './assert-storage-key.js';
import { isStorageError, StorageErrorCode } from './storage-error.js';

const refusal = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return isStorageError(error, StorageErrorCode.InvalidKey) ? error.message : `other: ${String(error)}`;
  }
};

describe('assertStorageKey', () => {
  it.each([
    'a.txt',
    'folder/file.jpg',
    'a/b/c/d/e.bin',
    '.hidden',
    '...',
    'a..b',
    'ünï cödé +%2e%2e#.txt',
    'x'.repeat(1024),
  ])('accepts %j', (key) => {
    expect(assertStorageKey(key)).toBe(key);
  });

  it.each([
    ['', 'empty path segment'],
    ['..', '".." segment'],
    ['../a', '".." segment'],
    ['a/../../b', '".." segment'],
    ['a/..', '".." segment'],
    ['./a', '"." segment'],
    ['/etc/passwd', 'absolute path'],
    ['a//b', 'empty path segment'],
    ['a/', 'empty path segment'],
    ['a\\..\\b', 'backslash'],
    ['C:/x', 'drive letter'],
    ['c:x', 'drive letter'],
    ['a\u0000b', 'control character'],
    ['a\rb', 'control character'],
    ['x'.repeat(1025), 'longer than 1024 bytes'],
    ['é'.repeat(513), 'longer than 1024 bytes'],
  ])('refuses %j (%s)', (key, reason) => {
    expect(refusal(() => assertStorageKey(key))).toContain(reason);
  });

  it('refuses what is not a string', () => {
    expect(refusal(() => assertStorageKey(42))).toContain('not a string');
    expect(refusal(() => assertStorageKey(undefined))).toContain('not a string');
  });
});

describe('assertStoragePrefix', () => {
  it.each(['', 'a', 'a/', 'a/b/', 'a/b'])('accepts %j', (prefix) => {
    expect(assertStoragePrefix(prefix)).toBe(prefix);
  });

  it('reads a missing prefix as everything', () => {
    expect(assertStoragePrefix(undefined)).toBe('');
  });

  it.each(['/', '../', 'a/../', '/a/', 'a//', '..', 'a\\'])('refuses %j', (prefix) => {
    expect(refusal(() => assertStoragePrefix(prefix))).toBeDefined();
  });
});
