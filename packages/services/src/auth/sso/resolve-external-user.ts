import { randomUUID } from 'node:crypto';
import { InvalidCredentialsError } from '@plinth/errors';
import { sql } from 'kysely';
import type { ServiceContext } from '../../context/service-context.js';
import { withTransaction } from '../../context/with-transaction.js';
import type { AuthContext } from '../auth-context.js';
import { eventContext } from '../lib/event-context.js';
import type { ExternalAccountPolicy, ExternalProfile } from './external-profile.js';
import { mapGroupClaimToRole } from './map-group-claim-to-role.js';

/** The user an external identity logs in as. */
export interface ExternalUser {
  id: string;
  /** The user's TOTP secret; SSO logins with two-factor on still need the code. */
  tfaSecret: string | null;
  /** Whether this login created the user. */
  created: boolean;
}

interface UserRow {
  id: string;
  role: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  tfa_secret: string | null;
}

const USER_COLUMNS = ['id', 'role', 'email', 'first_name', 'last_name', 'tfa_secret'] as const;

function toUserRow(row: Record<string, unknown>): UserRow {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    id: String(row['id']),
    role: text(row['role']),
    email: text(row['email']),
    first_name: text(row['first_name']),
    last_name: text(row['last_name']),
    tfa_secret: text(row['tfa_secret']) || null,
  };
}

async function findByIdentifier(ctx: ServiceContext, provider: string, identifier: string) {
  const row = await ctx.db
    .selectFrom('directus_users')
    .select(USER_COLUMNS)
    .where('provider', '=', provider)
    .where('external_identifier', '=', identifier)
    .executeTakeFirst();
  return row ? toUserRow(row) : undefined;
}

async function findLinkable(ctx: ServiceContext, provider: string, email: string) {
  const row = await ctx.db
    .selectFrom('directus_users')
    .select(USER_COLUMNS)
    .where('provider', '=', provider)
    .where('external_identifier', 'is', null)
    .where(sql`lower(${sql.ref('email')})`, '=', email.toLowerCase())
    .executeTakeFirst();
  return row ? toUserRow(row) : undefined;
}

async function isEmailTaken(ctx: ServiceContext, email: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('directus_users')
    .select('id')
    .where(sql`lower(${sql.ref('email')})`, '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** The columns of `user` the profile changes, as the policy allows. */
function changesFor(user: UserRow, profile: ExternalProfile, policy: ExternalAccountPolicy) {
  const changes: Record<string, unknown> = {};
  if (policy.syncUserInfo) {
    if (profile.email !== undefined && profile.email !== user.email) changes['email'] = profile.email;
    if (profile.firstName !== undefined && profile.firstName !== user.first_name)
      changes['first_name'] = profile.firstName;
    if (profile.lastName !== undefined && profile.lastName !== user.last_name)
      changes['last_name'] = profile.lastName;
  }
  if (profile.role !== undefined && profile.role !== user.role) changes['role'] = profile.role;
  return changes;
}

/**
 * The user an identity proven by an external provider logs in as, in one transaction: the user of
 * this provider with that `external_identifier`; else (with `linkByEmail` and a verified email) the
 * provider's user with that email and no identifier yet, which gets the identifier; else, when public
 * registration is allowed, a new active user with the default (or mapped) role. Provider-managed roles
 * (LDAP groups, or a `roleMapping` over the group claim) and, with `syncUserInfo`, email and names are
 * brought up to date.
 *
 * @throws INVALID_CREDENTIALS when the identity has no user and may not get one.
 */
export async function resolveExternalUser(
  ctx: AuthContext,
  claimed: ExternalProfile,
  policy: ExternalAccountPolicy,
): Promise<ExternalUser> {
  const { provider } = policy;
  const profile = { ...claimed, role: mapGroupClaimToRole(claimed, policy) };
  const result = await withTransaction(ctx, async (trx) => {
    let user = await findByIdentifier(trx, provider, profile.identifier);
    const changes: Record<string, unknown> = {};
    if (!user && policy.linkByEmail && profile.email && profile.emailVerified !== false) {
      user = await findLinkable(trx, provider, profile.email);
      if (user) changes['external_identifier'] = profile.identifier;
    }
    if (user) {
      Object.assign(changes, changesFor(user, profile, policy));
      if (Object.keys(changes).length > 0) {
        await trx.db.updateTable('directus_users').set(changes).where('id', '=', user.id).execute();
      }
      return { user: { id: user.id, tfaSecret: user.tfa_secret, created: false }, changes };
    }

    if (!policy.allowPublicRegistration) throw new InvalidCredentialsError();
    // The email column is unique: an identity whose email another account has cannot sign up.
    if (profile.email && (await isEmailTaken(trx, profile.email))) throw new InvalidCredentialsError();
    const id = randomUUID();
    const values = {
      id,
      provider,
      external_identifier: profile.identifier,
      email: profile.email ?? null,
      first_name: profile.firstName ?? null,
      last_name: profile.lastName ?? null,
      role: profile.role ?? policy.defaultRoleId,
      status: 'active',
    };
    await trx.db.insertInto('directus_users').values(values).execute();
    return { user: { id, tfaSecret: null, created: true }, changes: values };
  });

  const { user, changes } = result;
  if (user.created) {
    void ctx.events?.emitAction(
      'users.create',
      { collection: 'directus_users', key: user.id, payload: changes },
      eventContext(ctx),
    );
  } else if (Object.keys(changes).length > 0) {
    ctx.auth.access.invalidateUser(user.id);
    void ctx.events?.emitAction(
      'users.update',
      { collection: 'directus_users', keys: [user.id], payload: changes },
      eventContext(ctx),
    );
  }
  return user;
}
