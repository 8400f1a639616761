/**
 * Who an external identity provider (OpenID, OAuth2, LDAP) says the user is, already proven by it.
 */
export interface ExternalProfile {
  /** What ties the person to one `directus_users` row: its `external_identifier`. */
  identifier: string;
  email?: string | undefined;
  /** Whether the provider vouches for `email`; an unverified one is never used to link accounts. */
  emailVerified?: boolean | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  /**
   * The role the provider's groups map to, when the provider manages roles (LDAP with a group DN):
   * set on every login. Undefined leaves an existing user's role alone.
   */
  role?: string | null | undefined;
  /** The groups the provider says the user is in (OpenID/OAuth2: the group claim), for `roleMapping`. */
  groups?: readonly string[] | undefined;
}

/** How a provider's users become Plinth users (the `AUTH_<NAME>_*` account settings). */
export interface ExternalAccountPolicy {
  /** The provider's name, stored in `directus_users.provider`. */
  provider: string;
  /** Role of users created on first login (`DEFAULT_ROLE_ID`). @default null */
  defaultRoleId: string | null;
  /** Whether an unknown identity gets a new user (`ALLOW_PUBLIC_REGISTRATION`). @default false */
  allowPublicRegistration: boolean;
  /**
   * Whether an unknown identity with a verified email takes over a user of this provider that has that
   * email and no identifier yet, e.g. one an admin created ahead (`LINK_BY_EMAIL`). @default false
   */
  linkByEmail: boolean;
  /** Whether email and names are copied from the provider at every login (`SYNC_USER_INFO`). @default false */
  syncUserInfo: boolean;
  /**
   * Group → role id (`ROLE_MAPPING` of an OpenID or OAuth2 provider). When set, the role is recomputed
   * from the profile's `groups` at every login: the first mapped group the user is in, in the mapping's
   * order, else `defaultRoleId`. Unset leaves an existing user's role alone. @default unset
   */
  roleMapping?: Readonly<Record<string, string>> | undefined;
}
