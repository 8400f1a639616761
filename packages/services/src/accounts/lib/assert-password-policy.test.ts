import { describe, expect, it } from 'vitest';
import { toPasswordPolicy } from './assert-password-policy.js';

describe('toPasswordPolicy', () => {
  it('reads /pattern/flags and bare patterns', () => {
    expect(toPasswordPolicy('/^.{8,}$/')?.test('12345678')).toBe(true);
    expect(toPasswordPolicy('/^.{8,}$/')?.test('1234567')).toBe(false);
    expect(toPasswordPolicy('/^[a-z]+$/i')?.test('ABC')).toBe(true);
    expect(toPasswordPolicy('\\d')?.test('a1')).toBe(true);
  });

  it('ignores an unset or broken policy', () => {
    expect(toPasswordPolicy(null)).toBeNull();
    expect(toPasswordPolicy('')).toBeNull();
    expect(toPasswordPolicy('/(/')).toBeNull();
  });
});
