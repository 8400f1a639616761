import { runInNewContext } from 'node:vm';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { defineError } from './define-error.js';
import { ErrorCode } from './error-code.js';
import { ForbiddenError } from './errors/forbidden.js';
import { RecordNotUniqueError } from './errors/record-not-unique.js';
import { isPlinthError } from './is-plinth-error.js';

describe('isPlinthError', () => {
  it('recognises errors of this package, with or without a code', () => {
    const error: unknown = new ForbiddenError();
    expect(isPlinthError(error)).toBe(true);
    expect(isPlinthError(error, ErrorCode.Forbidden)).toBe(true);
    expect(isPlinthError(error, ErrorCode.InvalidPayload)).toBe(false);
  });

  it('narrows to the error of the given code', () => {
    const error: unknown = new RecordNotUniqueError({ collection: 'a', field: 'b', value: 'c' });
    if (!isPlinthError(error, ErrorCode.RecordNotUnique)) throw new Error('expected a match');
    expectTypeOf(error.extensions.field).toEqualTypeOf<string | null>();
    expect(error.extensions.field).toBe('b');
  });

  it('refuses ordinary errors and look-alikes missing a part', () => {
    expect(isPlinthError(new Error('x'))).toBe(false);
    expect(isPlinthError({ name: 'PlinthError', code: 'FORBIDDEN', message: 'x' })).toBe(false);
    expect(isPlinthError({ name: 'Error', code: 'FORBIDDEN', status: 403, message: 'x' })).toBe(false);
    expect(isPlinthError(null)).toBe(false);
    expect(isPlinthError('FORBIDDEN')).toBe(false);
  });

  it('recognises errors from a second copy of the module', async () => {
    vi.resetModules();
    const copy = await import('./errors/forbidden.js');
    vi.resetModules();
    const error = new copy.ForbiddenError();

    expect(copy.ForbiddenError).not.toBe(ForbiddenError);
    expect(error).not.toBeInstanceOf(ForbiddenError);
    expect(isPlinthError(error, ErrorCode.Forbidden)).toBe(true);
  });

  it('recognises a structurally identical error from another realm', () => {
    const foreign = runInNewContext(`
      class PlinthError extends Error {
        constructor() { super('Invalid token.'); this.name = 'PlinthError'; this.code = 'INVALID_TOKEN';
          this.status = 403; this.extensions = {}; }
      }
      new PlinthError();
    `);

    expect(foreign).not.toBeInstanceOf(Error);
    expect(isPlinthError(foreign, ErrorCode.InvalidToken)).toBe(true);
    expect(isPlinthError(foreign, ErrorCode.Forbidden)).toBe(false);
  });

  it('recognises codes defined outside the package', () => {
    const ExtensionError = defineError('MY_EXTENSION_FAILED', 409, 'Conflict.');
    expect(isPlinthError(new ExtensionError(), 'MY_EXTENSION_FAILED')).toBe(true);
  });
});
