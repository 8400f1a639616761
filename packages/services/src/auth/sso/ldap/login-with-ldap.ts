import {
  InvalidCredentialsError,
  InvalidProviderConfigError,
  isPlinthError,
  ServiceUnavailableError,
} from '@plinth/errors';
import { Client, InvalidCredentialsError as LdapInvalidCredentialsError } from 'ldapts';
import type { AuthContext, AuthMode, LoginTokens } from '../../auth-context.js';
import { eventContext } from '../../lib/event-context.js';
import type { RequestOrigin } from '../../lib/request-origin.js';
import { stall } from '../../lib/stall.js';
import type { ExternalAccountPolicy, ExternalProfile } from '../external-profile.js';
import { loginWithExternalProfile } from '../login-with-external-profile.js';
import type { LdapLoginOptions } from './ldap-login-options.js';
import { mapGroupsToRole } from './map-groups-to-role.js';
import { findLdapGroups, findLdapUser, firstValue } from './read-ldap-entries.js';

/** The credentials of `POST /auth/login/<ldap provider>`. */
export interface LdapLoginInput {
  identifier: string;
  password: string;
  otp?: string | undefined;
}

/** Options of {@link loginWithLdap}. */
export interface LdapLoginRequestOptions extends RequestOrigin {
  mode: AuthMode;
}

/** Reads the directory as the service account, then proves the password by binding as the user. */
async function fetchLdapProfile(
  ctx: AuthContext,
  input: LdapLoginInput,
  options: LdapLoginOptions,
  policy: ExternalAccountPolicy,
): Promise<ExternalProfile> {
  const client = new Client({
    url: options.clientUrl,
    timeout: options.timeout,
    connectTimeout: options.timeout,
  });
  try {
    if (options.bindDn !== undefined) {
      try {
        await client.bind(options.bindDn, options.bindPassword ?? '');
      } catch (error) {
        if (!(error instanceof LdapInvalidCredentialsError)) throw error;
        throw new InvalidProviderConfigError({ provider: options.name, reason: 'The bind DN was refused' });
      }
    }
    const entry = await findLdapUser(client, input.identifier, options);
    if (!entry) throw new InvalidCredentialsError();
    let role: string | null | undefined;
    if (options.groupDn !== undefined) {
      const groups = await findLdapGroups(
        client,
        { dn: entry.dn, identifier: input.identifier },
        { ...options, groupDn: options.groupDn },
      );
      role = (await mapGroupsToRole(ctx.db, groups, options.roleMapping)) ?? policy.defaultRoleId;
    }
    try {
      await client.bind(entry.dn, input.password);
    } catch (error) {
      if (error instanceof LdapInvalidCredentialsError) throw new InvalidCredentialsError();
      throw error;
    }
    return {
      identifier: entry.dn,
      email: firstValue(entry, options.mailAttribute)?.toLowerCase(),
      // The directory is the authority on its own entries.
      emailVerified: true,
      firstName: firstValue(entry, options.firstNameAttribute),
      lastName: firstValue(entry, options.lastNameAttribute),
      role,
    };
  } catch (error) {
    if (isPlinthError(error)) throw error;
    throw new ServiceUnavailableError({ service: options.name, reason: 'The directory did not answer' });
  } finally {
    await client.unbind().catch(() => {});
  }
}

/**
 * Login against an LDAP directory: throttled like email logins; the service account finds the one
 * user whose user attribute is the identifier and their groups (mapped to a role); binding as that
 * user proves the password; then the user is found, linked or created and logged in. Every refusal
 * lasts at least `LOGIN_STALL_TIME`. An empty password is refused before the directory is asked, as
 * LDAP would take it for an anonymous bind.
 *
 * @throws INVALID_CREDENTIALS for an unknown identifier or a wrong password; REQUESTS_EXCEEDED when
 * throttled; INVALID_OTP; USER_SUSPENDED; SERVICE_UNAVAILABLE when the directory cannot be reached;
 * INVALID_PROVIDER_CONFIG when the service account is refused.
 */
export async function loginWithLdap(
  ctx: AuthContext,
  input: LdapLoginInput,
  provider: { ldap: LdapLoginOptions; policy: ExternalAccountPolicy },
  options: LdapLoginRequestOptions,
): Promise<LoginTokens> {
  const startedAt = performance.now();
  const keys = { account: `${provider.policy.provider}:${input.identifier.toLowerCase()}`, ip: options.ip };
  await ctx.auth.throttle.begin(keys);
  try {
    if (input.password === '') throw new InvalidCredentialsError();
    const profile = await fetchLdapProfile(ctx, input, provider.ldap, provider.policy);
    const tokens = await loginWithExternalProfile(ctx, profile, provider.policy, {
      ...options,
      otp: input.otp,
    });
    await ctx.auth.throttle.succeeded(keys);
    return tokens;
  } catch (error) {
    void ctx.events?.emitAction(
      'auth.login',
      { status: 'fail', user: null, provider: provider.policy.provider },
      eventContext(ctx),
    );
    await stall(ctx.auth.settings.loginStallTime, startedAt);
    throw error;
  }
}
