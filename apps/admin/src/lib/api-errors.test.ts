import { describe, expect, it } from 'vitest';
import { hasErrorCode, toApiErrors, toFieldErrors } from './api-errors.js';

describe('toApiErrors', () => {
  it('reads the envelope the SDK throws, field included', () => {
    const thrown = {
      errors: [
        {
          message: "Value can't be null.",
          extensions: { code: 'FAILED_VALIDATION', field: 'title', type: 'nnull' },
        },
        { message: 'Invalid user OTP.', extensions: { code: 'INVALID_OTP' } },
      ],
      response: {},
    };
    const errors = toApiErrors(thrown);
    expect(errors).toEqual([
      { message: "Value can't be null.", code: 'FAILED_VALIDATION', field: 'title' },
      { message: 'Invalid user OTP.', code: 'INVALID_OTP' },
    ]);
    expect(hasErrorCode(errors, 'INVALID_OTP')).toBe(true);
    expect(hasErrorCode(errors, 'FORBIDDEN')).toBe(false);
  });

  it('turns a network failure into one NETWORK error', () => {
    expect(toApiErrors(new TypeError('Failed to fetch'))).toEqual([
      { message: 'Failed to fetch', code: 'NETWORK' },
    ]);
    expect(toApiErrors(null)[0]?.code).toBe('NETWORK');
  });
});

describe('toFieldErrors', () => {
  it('keeps the first message per field and skips errors without one', () => {
    expect(
      toFieldErrors([
        { message: 'a', code: 'FAILED_VALIDATION', field: 'views' },
        { message: 'b', code: 'FAILED_VALIDATION', field: 'views' },
        { message: 'c', code: 'FORBIDDEN' },
      ]),
    ).toEqual({ views: 'a' });
  });

  it('shows an error inside a nested item at the field holding it', () => {
    const thrown = {
      errors: [
        {
          message: 'Validation failed for field "title".',
          extensions: { code: 'FAILED_VALIDATION', field: 'title', path: ['chapters'] },
        },
        { message: 'root', extensions: { code: 'FAILED_VALIDATION', field: 'views', path: [] } },
      ],
    };
    expect(toFieldErrors(toApiErrors(thrown))).toEqual({
      chapters: 'Validation failed for field "title".',
      views: 'root',
    });
  });
});
