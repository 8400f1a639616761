/** How deep an LDAP search looks below its base DN. */
export type LdapScope = 'base' | 'one' | 'sub';

/** Options of an `ldap` provider (`AUTH_<NAME>_*`). */
export interface LdapLoginOptions {
  /** The provider's name, for errors and throttling. */
  name: string;
  /** The directory, e.g. `ldap://ldap.example.com` or `ldaps://…` (`CLIENT_URL`). */
  clientUrl: string;
  /** The service account that looks users and groups up (`BIND_DN`, `BIND_PASSWORD`). @default anonymous */
  bindDn?: string | undefined;
  bindPassword?: string | undefined;
  /** Where users are looked up (`USER_DN`). */
  userDn: string;
  /** The attribute the login `identifier` is matched against (`USER_ATTRIBUTE`). @default `cn` */
  userAttribute: string;
  /** @default `one` */
  userScope: LdapScope;
  /** (`MAIL_ATTRIBUTE`) @default `mail` */
  mailAttribute: string;
  /** (`FIRST_NAME_ATTRIBUTE`) @default `givenName` */
  firstNameAttribute: string;
  /** (`LAST_NAME_ATTRIBUTE`) @default `sn` */
  lastNameAttribute: string;
  /** Where groups are looked up (`GROUP_DN`); without it roles are not managed by the directory. */
  groupDn?: string | undefined;
  /** The group attribute that lists members' DNs (`memberUid`: their identifiers) (`GROUP_ATTRIBUTE`). @default `member` */
  groupAttribute: string;
  /** @default `one` */
  groupScope: LdapScope;
  /** Group `cn` → role id (`ROLE_MAPPING`, a JSON object); other groups match a role of the same name. @default {} */
  roleMapping: Record<string, string>;
  /** Connect and operation timeout in milliseconds. @default 10000 */
  timeout: number;
}
