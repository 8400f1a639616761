import { describe, expect, it } from 'vitest';
import { toFormValue } from './to-form-value.js';

describe('toFormValue', () => {
  it('reads null and booleans, keeps other text', () => {
    expect([toFormValue('null'), toFormValue('true'), toFormValue('false'), toFormValue('x')]).toEqual([
      null,
      true,
      false,
      'x',
    ]);
  });
});
