import type { ExternalAccountPolicy, LdapLoginOptions, RedirectLoginProvider } from '@plinth/services';

/** An OpenID Connect or OAuth2 provider, logged in through by redirect. */
export interface RedirectSsoProvider {
  kind: 'redirect';
  name: string;
  driver: 'openid' | 'oauth2';
  /** How a login with a `redirect` hands over its tokens (`AUTH_<NAME>_MODE`). @default session */
  mode: 'session' | 'cookie';
  /** Where the provider sends the browser back: `<PUBLIC_URL>/auth/login/<name>/callback`. */
  redirectUri: string;
  /** Absolute URLs a login may end at, besides PUBLIC_URL's origin (`AUTH_<NAME>_REDIRECT_ALLOW_LIST`). */
  redirectAllowList: string[];
  policy: ExternalAccountPolicy;
  login: RedirectLoginProvider;
}

/** An LDAP directory, logged in through with identifier and password. */
export interface LdapSsoProvider {
  kind: 'ldap';
  name: string;
  driver: 'ldap';
  policy: ExternalAccountPolicy;
  ldap: LdapLoginOptions;
}

/** A provider whose settings are incomplete or wrong: its routes answer INVALID_PROVIDER_CONFIG. */
export interface MisconfiguredSsoProvider {
  kind: 'misconfigured';
  name: string;
  driver: string;
  reason: string;
}

/** One entry of `AUTH_PROVIDERS` that Plinth serves login routes for. */
export type SsoProvider = RedirectSsoProvider | LdapSsoProvider | MisconfiguredSsoProvider;
