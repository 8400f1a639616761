import type { ExternalAccountPolicy, ExternalProfile } from './external-profile.js';

/**
 * The role a redirect login gives, when the provider manages roles through `ROLE_MAPPING`: the role of
 * the first mapped group (in the mapping's order) the user is in, else the default role. Undefined when
 * the provider has no mapping, or when the profile already carries a role (LDAP maps its own groups).
 */
export function mapGroupClaimToRole(
  profile: Pick<ExternalProfile, 'role' | 'groups'>,
  policy: Pick<ExternalAccountPolicy, 'roleMapping' | 'defaultRoleId'>,
): string | null | undefined {
  if (profile.role !== undefined) return profile.role;
  if (policy.roleMapping === undefined) return undefined;
  const groups = new Set(profile.groups ?? []);
  for (const [group, role] of Object.entries(policy.roleMapping)) {
    if (groups.has(group)) return role;
  }
  return policy.defaultRoleId;
}
