import { describe, expect, it } from 'vitest';
import { profileFromClaims } from './profile-from-claims.js';

const keys = {
  identifierKey: 'sub',
  emailKey: 'email',
  firstNameKey: 'given_name',
  lastNameKey: 'family_name',
};

describe('profileFromClaims', () => {
  it('reads the configured claims, lower-casing the email', () => {
    expect(
      profileFromClaims(
        { sub: 42, email: 'A@B.test', email_verified: true, given_name: 'A', family_name: '' },
        keys,
      ),
    ).toEqual({
      identifier: '42',
      email: 'a@b.test',
      emailVerified: true,
      firstName: 'A',
      lastName: undefined,
    });
  });

  it('refuses a profile without its identifier', () => {
    expect(() => profileFromClaims({ email: 'a@b.test' }, keys)).toThrow(
      expect.objectContaining({ code: 'INVALID_CREDENTIALS' }),
    );
    expect(() => profileFromClaims({ sub: { nested: true } }, keys)).toThrow();
  });
});
