import { type PlinthEnv, pickPrefixed } from '@plinth/env';
import {
  createOAuth2LoginProvider,
  createOpenIdLoginProvider,
  type ExternalAccountPolicy,
  type ProfileKeys,
} from '@plinth/services';
import { type ProviderSettings, ProviderSettingsError, readProviderSettings } from './provider-settings.js';
import type { LdapSsoProvider, RedirectSsoProvider, SsoProvider } from './sso-provider.js';

type EnvForSso = Pick<PlinthEnv, 'AUTH_PROVIDERS' | 'PUBLIC_URL' | 'raw'>;

function toPolicy(
  name: string,
  settings: ProviderSettings,
  registrationDefault: boolean,
): ExternalAccountPolicy {
  return {
    provider: name,
    defaultRoleId: settings.optional('DEFAULT_ROLE_ID') ?? null,
    allowPublicRegistration: settings.flag('ALLOW_PUBLIC_REGISTRATION', registrationDefault),
    linkByEmail: settings.flag('LINK_BY_EMAIL', false),
    syncUserInfo: settings.flag('SYNC_USER_INFO', false),
  };
}

function toProfileKeys(settings: ProviderSettings, identifierKey: string): ProfileKeys {
  return {
    identifierKey: settings.text('IDENTIFIER_KEY', identifierKey),
    emailKey: settings.text('EMAIL_KEY', 'email'),
    firstNameKey: settings.text('FIRST_NAME_KEY', 'given_name'),
    lastNameKey: settings.text('LAST_NAME_KEY', 'family_name'),
    groupClaimName: settings.text('GROUP_CLAIM_NAME', 'groups'),
  };
}

function toRedirectProvider(
  name: string,
  driver: 'openid' | 'oauth2',
  settings: ProviderSettings,
  publicUrl: string,
): RedirectSsoProvider {
  if (!/^https?:\/\//i.test(publicUrl)) {
    throw new ProviderSettingsError('PUBLIC_URL must be an absolute URL for the provider to have a callback');
  }
  const common = {
    name,
    clientId: settings.required('CLIENT_ID'),
    clientSecret: settings.optional('CLIENT_SECRET'),
    params: settings.stringMap('PARAMS'),
  };
  const login =
    driver === 'openid'
      ? createOpenIdLoginProvider({
          ...common,
          ...toProfileKeys(settings, 'sub'),
          issuerUrl: settings.required('ISSUER_URL'),
          scope: settings.text('SCOPE', 'openid profile email'),
          requireVerifiedEmail: settings.flag('REQUIRE_VERIFIED_EMAIL', false),
        })
      : createOAuth2LoginProvider({
          ...common,
          ...toProfileKeys(settings, 'email'),
          authorizeUrl: settings.required('AUTHORIZE_URL'),
          accessUrl: settings.required('ACCESS_URL'),
          profileUrl: settings.required('PROFILE_URL'),
          scope: settings.text('SCOPE', 'email'),
        });
  return {
    kind: 'redirect',
    name,
    driver,
    mode: settings.oneOf('MODE', ['session', 'cookie'] as const, 'session'),
    redirectUri: new URL(`auth/login/${encodeURIComponent(name)}/callback`, publicUrl.replace(/\/?$/, '/'))
      .href,
    redirectAllowList: settings.list('REDIRECT_ALLOW_LIST'),
    policy: {
      ...toPolicy(name, settings, false),
      // Only a configured mapping makes the provider manage roles (even `{}`: everyone gets the default).
      ...(settings.optional('ROLE_MAPPING') === undefined
        ? {}
        : { roleMapping: settings.stringMap('ROLE_MAPPING') }),
    },
    login,
  };
}

function toLdapProvider(name: string, settings: ProviderSettings): LdapSsoProvider {
  const scopes = ['base', 'one', 'sub'] as const;
  return {
    kind: 'ldap',
    name,
    driver: 'ldap',
    // The directory decides who may log in, so its users are created on first login unless turned off.
    policy: toPolicy(name, settings, true),
    ldap: {
      name,
      clientUrl: settings.required('CLIENT_URL'),
      bindDn: settings.optional('BIND_DN'),
      bindPassword: settings.optional('BIND_PASSWORD'),
      userDn: settings.required('USER_DN'),
      userAttribute: settings.text('USER_ATTRIBUTE', 'cn'),
      userScope: settings.oneOf('USER_SCOPE', scopes, 'one'),
      mailAttribute: settings.text('MAIL_ATTRIBUTE', 'mail'),
      firstNameAttribute: settings.text('FIRST_NAME_ATTRIBUTE', 'givenName'),
      lastNameAttribute: settings.text('LAST_NAME_ATTRIBUTE', 'sn'),
      groupDn: settings.optional('GROUP_DN'),
      groupAttribute: settings.text('GROUP_ATTRIBUTE', 'member'),
      groupScope: settings.oneOf('GROUP_SCOPE', scopes, 'one'),
      roleMapping: settings.stringMap('ROLE_MAPPING'),
      timeout: 10_000,
    },
  };
}

/**
 * The OpenID, OAuth2 and LDAP providers named in `AUTH_PROVIDERS`, from their `AUTH_<NAME>_*` settings.
 * Providers of other drivers (`local`, `saml`) or without a driver get no routes here; one whose
 * settings are wrong is returned as misconfigured, so the server still starts and says why.
 */
export function toSsoProviders(env: EnvForSso): SsoProvider[] {
  const providers: SsoProvider[] = [];
  for (const name of env.AUTH_PROVIDERS) {
    const raw = pickPrefixed(env, `AUTH_${name.toUpperCase()}_`);
    const driver = raw['DRIVER']?.trim();
    if (driver !== 'openid' && driver !== 'oauth2' && driver !== 'ldap') continue;
    const settings = readProviderSettings(name, raw);
    try {
      providers.push(
        driver === 'ldap'
          ? toLdapProvider(name, settings)
          : toRedirectProvider(name, driver, settings, env.PUBLIC_URL),
      );
    } catch (error) {
      // new URL() throws a TypeError for a URL setting that is not one.
      if (!(error instanceof ProviderSettingsError || error instanceof TypeError)) throw error;
      const reason =
        error instanceof ProviderSettingsError ? error.message : 'A URL setting is not a valid URL';
      providers.push({ kind: 'misconfigured', name, driver, reason });
    }
  }
  return providers;
}
