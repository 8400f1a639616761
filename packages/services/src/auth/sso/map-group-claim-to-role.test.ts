import { describe, expect, it } from 'vitest';
import { mapGroupClaimToRole } from './map-group-claim-to-role.js';

const policy = {
  defaultRoleId: 'default-role',
  roleMapping: { admins: 'admin-role', editors: 'editor-role' },
};

describe('mapGroupClaimToRole', () => {
  it('takes the first mapped group in the mapping order, not the claim order', () => {
    expect(mapGroupClaimToRole({ groups: ['editors', 'admins'] }, policy)).toBe('admin-role');
    expect(mapGroupClaimToRole({ groups: ['staff', 'editors'] }, policy)).toBe('editor-role');
  });

  it('falls back to the default role when no group is mapped or there is no claim', () => {
    expect(mapGroupClaimToRole({ groups: ['staff'] }, policy)).toBe('default-role');
    expect(mapGroupClaimToRole({}, policy)).toBe('default-role');
    expect(mapGroupClaimToRole({ groups: [] }, { ...policy, defaultRoleId: null })).toBeNull();
  });

  it('leaves the role alone without a mapping, and keeps a role the provider already gave', () => {
    expect(mapGroupClaimToRole({ groups: ['admins'] }, { defaultRoleId: 'x' })).toBeUndefined();
    expect(mapGroupClaimToRole({ role: 'ldap-role', groups: ['admins'] }, policy)).toBe('ldap-role');
  });
});
