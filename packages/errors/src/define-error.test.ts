import { describe, expect, it } from 'vitest';
import { defineError } from './define-error.js';

describe('defineError', () => {
  const TeapotError = defineError('I_AM_A_TEAPOT', 418, ({ brew }: { brew: string }) => `No ${brew} here.`);
  const PlainError = defineError('PLAIN_THING', 400, 'Plain.');

  it('returns a class whose instances carry code, status, extensions and the computed message', () => {
    const error = new TeapotError({ brew: 'coffee' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PlinthError');
    expect(error.code).toBe('I_AM_A_TEAPOT');
    expect(error.status).toBe(418);
    expect(error.message).toBe('No coffee here.');
    expect(error.extensions).toEqual({ brew: 'coffee' });
  });

  it('exposes code and status on the class and names it after the code', () => {
    expect(TeapotError.code).toBe('I_AM_A_TEAPOT');
    expect(TeapotError.status).toBe(418);
    expect(TeapotError.name).toBe('IAmATeapotError');
  });

  it('accepts a fixed message and defaults the extensions to an empty object', () => {
    const error = new PlainError();
    expect(error.message).toBe('Plain.');
    expect(error.extensions).toEqual({});
  });

  it('keeps the cause for logs', () => {
    const cause = new Error('duplicate key value violates unique constraint');
    expect(new PlainError({}, { cause }).cause).toBe(cause);
  });

  it('copies the extensions so later changes to the caller object do not leak in', () => {
    const input = { brew: 'tea' };
    const error = new TeapotError(input);
    input.brew = 'coffee';
    expect(error.extensions).toEqual({ brew: 'tea' });
  });

  it('types the constructor from the extensions', () => {
    // @ts-expect-error brew is required
    const missing = () => new TeapotError();
    // @ts-expect-error an error without extensions takes none
    const extra = () => new PlainError({ unexpected: true });
    expect(missing).toBeTypeOf('function');
    expect(extra).toBeTypeOf('function');
  });

  it('gives each defined class its own identity', () => {
    expect(new PlainError()).not.toBeInstanceOf(TeapotError);
  });
});
