import { describe, expect, it } from 'vitest';
import { parseShareLoginBody } from './parse-share-login-body.js';

const reasonOf = (body: unknown) => {
  try {
    parseShareLoginBody(body);
    return null;
  } catch (error) {
    return (error as { extensions?: { reason?: string }; message: string }).message;
  }
};

describe('parseShareLoginBody', () => {
  it('reads share, password and mode, ignoring other keys', () => {
    expect(parseShareLoginBody({ share: 's', password: 'p', mode: 'cookie', extra: 1 })).toEqual({
      share: 's',
      password: 'p',
      mode: 'cookie',
    });
    expect(parseShareLoginBody({ share: 's', password: null })).toEqual({
      share: 's',
      password: undefined,
      mode: undefined,
    });
  });

  it('refuses a missing or non-string share, a non-string password, an unknown mode and a non-object', () => {
    expect(reasonOf({})).toContain('"share" is required');
    expect(reasonOf({ share: 1 })).toContain('"share" must be a string');
    expect(reasonOf({ share: 's', password: 1 })).toContain('"password" must be a string');
    expect(reasonOf({ share: 's', mode: 'x' })).toContain('"mode" must be one of');
    expect(reasonOf([1])).toContain('must be of type object');
  });
});
