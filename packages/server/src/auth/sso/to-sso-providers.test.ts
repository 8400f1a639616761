import { describe, expect, it } from 'vitest';
import { toSsoProviders } from './to-sso-providers.js';

function envOf(raw: Record<string, string>, publicUrl = 'https://api.example.com') {
  return { AUTH_PROVIDERS: (raw['AUTH_PROVIDERS'] ?? '').split(','), PUBLIC_URL: publicUrl, raw };
}

describe('toSsoProviders', () => {
  it('reads an OpenID provider with its defaults and callback URL', () => {
    const [provider] = toSsoProviders(
      envOf({
        AUTH_PROVIDERS: 'okta',
        AUTH_OKTA_DRIVER: 'openid',
        AUTH_OKTA_CLIENT_ID: 'id',
        AUTH_OKTA_ISSUER_URL: 'https://idp.example.com',
      }),
    );
    expect(provider).toMatchObject({
      kind: 'redirect',
      driver: 'openid',
      mode: 'session',
      redirectUri: 'https://api.example.com/auth/login/okta/callback',
      policy: { provider: 'okta', allowPublicRegistration: false, defaultRoleId: null, linkByEmail: false },
    });
  });

  it('reads an LDAP provider, which signs users up unless told not to', () => {
    const [provider] = toSsoProviders(
      envOf({
        AUTH_PROVIDERS: 'corp',
        AUTH_CORP_DRIVER: 'ldap',
        AUTH_CORP_CLIENT_URL: 'ldap://ldap',
        AUTH_CORP_USER_DN: 'ou=people,dc=x',
        AUTH_CORP_USER_SCOPE: 'sub',
        AUTH_CORP_ROLE_MAPPING: '{"admins":"r1"}',
      }),
    );
    expect(provider).toMatchObject({
      kind: 'ldap',
      policy: { allowPublicRegistration: true },
      ldap: {
        userAttribute: 'cn',
        userScope: 'sub',
        groupAttribute: 'member',
        roleMapping: { admins: 'r1' },
      },
    });
  });

  it('marks providers with missing or malformed settings as misconfigured, and ignores other drivers', () => {
    const providers = toSsoProviders(
      envOf({
        AUTH_PROVIDERS: 'a,b,c,d,e',
        AUTH_A_DRIVER: 'openid',
        AUTH_B_DRIVER: 'ldap',
        AUTH_B_CLIENT_URL: 'ldap://x',
        AUTH_B_USER_DN: 'dc=x',
        AUTH_B_USER_SCOPE: 'everywhere',
        AUTH_C_DRIVER: 'oauth2',
        AUTH_C_CLIENT_ID: 'id',
        AUTH_C_AUTHORIZE_URL: 'not a url',
        AUTH_C_ACCESS_URL: 'x',
        AUTH_C_PROFILE_URL: 'y',
        AUTH_D_DRIVER: 'saml',
      }),
    );
    expect(providers.map((p) => [p.name, p.kind, 'reason' in p ? p.reason : ''])).toEqual([
      ['a', 'misconfigured', 'AUTH_A_CLIENT_ID is required'],
      ['b', 'misconfigured', 'AUTH_B_USER_SCOPE must be one of base, one, sub'],
      ['c', 'misconfigured', 'A URL setting is not a valid URL'],
    ]);
  });

  it('needs an absolute PUBLIC_URL for redirect providers', () => {
    const [provider] = toSsoProviders(
      envOf(
        {
          AUTH_PROVIDERS: 'g',
          AUTH_G_DRIVER: 'openid',
          AUTH_G_CLIENT_ID: 'i',
          AUTH_G_ISSUER_URL: 'https://i',
        },
        '/',
      ),
    );
    expect(provider).toMatchObject({ kind: 'misconfigured' });
  });
});
