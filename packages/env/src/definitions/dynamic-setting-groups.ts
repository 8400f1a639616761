/** A family of variables whose names are not known in advance; read with `pickPrefixed`. */
export interface DynamicSettingGroup {
  /** The prefix as documented, with a placeholder such as `<LOCATION>`. */
  pattern: string;
  description: string;
}

/** The variable families the definitions cannot list, documented after the tables. */
export const dynamicSettingGroups: readonly DynamicSettingGroup[] = [
  {
    pattern: 'DB_POOL__*',
    description:
      'Connection pool: `DB_POOL__MIN`, `DB_POOL__MAX` (whole numbers); other keys go to the driver pool.',
  },
  {
    pattern: 'DB_SSL__*',
    description: 'TLS options for the driver, camelCased: `DB_SSL__CA`, `DB_SSL__REJECT_UNAUTHORIZED=false`.',
  },
  {
    pattern: 'DB_*',
    description:
      'Any other `DB_` variable is passed to the driver, camelCased; `__` nests (`DB_OPTIONS__ENCRYPT`).',
  },
  {
    pattern: 'STORAGE_<LOCATION>_*',
    description:
      'One set per name in `STORAGE_LOCATIONS`: `_DRIVER` (local, s3, gcs, azure, ...), `_ROOT`, and the driver options (`_KEY`, `_SECRET`, `_BUCKET`, `_REGION`, `_ENDPOINT`, ...).',
  },
  {
    pattern: 'AUTH_<PROVIDER>_*',
    description:
      'One set per name in `AUTH_PROVIDERS`: `_DRIVER` (oauth2, openid, ldap, saml), `_CLIENT_ID`, `_CLIENT_SECRET`, `_ISSUER_URL`, `_MODE`, `_DEFAULT_ROLE_ID`, ...',
  },
  {
    pattern: 'EMAIL_SES_*',
    description: 'Options of the `ses` email transport (credentials, region).',
  },
  {
    pattern: 'CONTENT_SECURITY_POLICY_*, HSTS_*',
    description:
      'Security headers: `CONTENT_SECURITY_POLICY_DIRECTIVES__<DIRECTIVE>` lists, `HSTS_MAX_AGE`, ...',
  },
  {
    pattern: 'ASSETS_CONTENT_SECURITY_POLICY_*',
    description:
      "The `Content-Security-Policy` of `/assets` responses (default `default-src 'none'`): `ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__<DIRECTIVE>` lists.",
  },
];
