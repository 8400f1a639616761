import { describe, expect, it } from 'vitest';
import { profileFromClaims } from './profile-from-claims.js';

const keys = {
  identifierKey: 'sub',
  emailKey: 'email',
  firstNameKey: 'given_name',
  lastNameKey: 'family_name',
  groupClaimName: 'roles',
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
      groups: undefined,
    });
  });

  it('reads the group claim as a list, one name or many', () => {
    expect(profileFromClaims({ sub: 'a', roles: 'staff' }, keys).groups).toEqual(['staff']);
    expect(profileFromClaims({ sub: 'a', roles: ['staff', 7, { x: 1 }] }, keys).groups).toEqual([
      'staff',
      '7',
    ]);
    expect(profileFromClaims({ sub: 'a', groups: ['ignored'] }, keys).groups).toBeUndefined();
  });

  it('refuses a profile without its identifier', () => {
    expect(() => profileFromClaims({ email: 'a@b.test' }, keys)).toThrow(
      expect.objectContaining({ code: 'INVALID_CREDENTIALS' }),
    );
    expect(() => profileFromClaims({ sub: { nested: true } }, keys)).toThrow();
  });
});
