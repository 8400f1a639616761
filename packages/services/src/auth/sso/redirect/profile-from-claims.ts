import { InvalidCredentialsError } from '@plinth/errors';
import type { ExternalProfile } from '../external-profile.js';
import type { ProfileKeys } from './redirect-login-provider.js';

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A group claim as a list of names: one name or an array of them; anything else is no groups. */
function toGroups(claim: unknown): string[] | undefined {
  if (claim === undefined || claim === null) return undefined;
  const values = Array.isArray(claim) ? claim : [claim];
  return values.map(text).filter((group): group is string => group !== undefined);
}

/**
 * The profile in an ID token's or user-info endpoint's claims, read with the configured keys. Emails
 * are lower-cased, as email logins compare them.
 *
 * @throws INVALID_CREDENTIALS when the identifier claim is missing: there is nothing to tie a user to.
 */
export function profileFromClaims(claims: Record<string, unknown>, keys: ProfileKeys): ExternalProfile {
  const identifier = text(claims[keys.identifierKey]);
  if (identifier === undefined) throw new InvalidCredentialsError();
  const email = text(claims[keys.emailKey])?.toLowerCase();
  const verified = claims['email_verified'];
  const groupClaim = claims[keys.groupClaimName];
  return {
    identifier,
    email,
    emailVerified: typeof verified === 'boolean' ? verified : undefined,
    firstName: text(claims[keys.firstNameKey]),
    lastName: text(claims[keys.lastNameKey]),
    groups: toGroups(groupClaim),
  };
}
