import type { Kysely } from 'kysely';
import { fetchRoleTree } from '../fetch-role-tree.js';
import type { VariableSubject } from '../fetch-variable-values.js';

/** One side of a share's authority (its role, or its creator) as permissions resolve it. */
export interface ShareSubject extends VariableSubject {
  /** Some role-tree or user policy grants `admin_access` (public policies never do). */
  admin: boolean;
}

/**
 * The policies of a user and/or role as §7.2 orders them (parent roles first, then the role, then the
 * user's own), the public ones standing in for role ones when there is no role. IP restrictions are not
 * applied here: a share's authority is judged without the creator's network.
 */
export async function fetchShareSubject(
  db: Kysely<any>,
  who: { user: string | null; role: string | null },
): Promise<ShareSubject> {
  const roles = await fetchRoleTree(db, who.role);
  const rows = await db
    .selectFrom('directus_access as access')
    .innerJoin('directus_policies as policy', 'policy.id', 'access.policy')
    .select(['access.role as role', 'access.user as user', 'access.sort as sort', 'policy.id as id'])
    .select('policy.admin_access as admin_access')
    .where((eb) => {
      const byRole =
        roles.length > 0
          ? eb('access.role', 'in', roles)
          : eb.and([eb('access.role', 'is', null), eb('access.user', 'is', null)]);
      return who.user === null ? byRole : eb.or([byRole, eb('access.user', '=', who.user)]);
    })
    .execute();
  const rank = (row: (typeof rows)[number]) =>
    row.user !== null ? roles.length : row.role === null ? -1 : roles.indexOf(String(row.role));
  rows.sort((a, b) => rank(a) - rank(b) || Number(a.sort ?? 0) - Number(b.sort ?? 0));
  return {
    user: who.user,
    role: who.role,
    roles,
    policies: [...new Set(rows.map((row) => String(row.id)))],
    admin: rows.some((row) => (row.role !== null || row.user !== null) && Boolean(row.admin_access)),
  };
}
