import { fetchRoleTree } from '@plinth/permissions';
import type { Kysely } from 'kysely';
import type { AppliedPolicy, UserAccess } from './user-access.js';

function toIpList(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  const list = String(value)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return list.length > 0 ? list : null;
}

interface AccessRow {
  role: unknown;
  user: unknown;
  sort: unknown;
  id: unknown;
  admin_access: unknown;
  app_access: unknown;
  enforce_tfa: unknown;
  ip_access: unknown;
}

/** Orders rows as §7.2 says: by position in the role tree (user rows last), then `sort`. */
function rank(row: AccessRow, roles: string[]): number {
  if (row.user !== null) return roles.length;
  return row.role === null ? -1 : roles.indexOf(String(row.role));
}

/**
 * Reads what a user may do: status, role tree, and the policies attached to those roles or to the user
 * (the public ones instead of role ones when the user has no role). Three statements; the access cache
 * keeps the answer. Null when the user does not exist.
 */
export async function fetchUserAccess(db: Kysely<any>, userId: string): Promise<UserAccess | null> {
  const user = await db
    .selectFrom('directus_users')
    .select(['id', 'status', 'provider', 'role', 'tfa_secret'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return null;
  const role = user.role === null ? null : String(user.role);
  const roles = await fetchRoleTree(db, role);
  const rows: AccessRow[] = await db
    .selectFrom('directus_access as access')
    .innerJoin('directus_policies as policy', 'policy.id', 'access.policy')
    .select([
      'access.role as role',
      'access.user as user',
      'access.sort as sort',
      'policy.id as id',
      'policy.admin_access as admin_access',
      'policy.app_access as app_access',
      'policy.enforce_tfa as enforce_tfa',
      'policy.ip_access as ip_access',
    ])
    .where((eb) =>
      eb.or([
        eb('access.user', '=', userId),
        roles.length > 0
          ? eb('access.role', 'in', roles)
          : eb.and([eb('access.role', 'is', null), eb('access.user', 'is', null)]),
      ]),
    )
    .execute();
  rows.sort((a, b) => rank(a, roles) - rank(b, roles) || Number(a.sort ?? 0) - Number(b.sort ?? 0));
  const policies: AppliedPolicy[] = rows.map((row) => ({
    id: String(row.id),
    adminAccess: Boolean(row.admin_access),
    appAccess: Boolean(row.app_access),
    enforceTfa: Boolean(row.enforce_tfa),
    ipAccess: toIpList(row.ip_access),
    public: row.role === null && row.user === null,
  }));
  return {
    user: String(user.id),
    status: String(user.status),
    provider: String(user.provider),
    role,
    roles,
    policies,
    hasTfa: user.tfa_secret !== null && user.tfa_secret !== '',
  };
}
