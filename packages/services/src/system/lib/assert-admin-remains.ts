import { UnprocessableContentError } from '@plinth/errors';
import type { Kysely } from 'kysely';

/** Roles that grant admin access: those with an admin policy attached, and every role nested below one. */
async function fetchAdminRoles(db: Kysely<any>, attached: ReadonlySet<string>): Promise<string[]> {
  if (attached.size === 0) return [];
  const rows = await db.selectFrom('directus_roles').select(['id', 'parent']).execute();
  const parentOf = new Map(
    rows.map((row) => [String(row.id), row.parent == null ? null : String(row.parent)]),
  );
  return [...parentOf.keys()].filter((role) => {
    const seen = new Set<string>();
    // Walk up the tree; a cycle (refused on write, but possible in old data) ends the walk.
    for (let current: string | null = role; current !== null && !seen.has(current); ) {
      if (attached.has(current)) return true;
      seen.add(current);
      current = parentOf.get(current) ?? null;
    }
    return false;
  });
}

/**
 * Refuses a change that leaves no active user with admin access, through a role (or a parent role) or
 * a policy attached to the user. Runs inside the mutation's transaction, after its writes, so what it
 * counts is the state the commit would make; IP restrictions are not considered.
 *
 * @throws UNPROCESSABLE_CONTENT (422) "Cannot remove the last admin user from the system".
 */
export async function assertAdminRemains(db: Kysely<any>): Promise<void> {
  const access = await db
    .selectFrom('directus_access as access')
    .innerJoin('directus_policies as policy', 'policy.id', 'access.policy')
    .select(['access.role as role', 'access.user as user'])
    .where('policy.admin_access', '=', true)
    .execute();
  const users = access.filter((row) => row.user != null).map((row) => String(row.user));
  const roles = await fetchAdminRoles(
    db,
    new Set(access.filter((row) => row.role != null).map((row) => String(row.role))),
  );
  if (users.length > 0 || roles.length > 0) {
    const row = await db
      .selectFrom('directus_users')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('status', '=', 'active')
      .where((eb) =>
        eb.or([
          ...(users.length > 0 ? [eb('id', 'in', users)] : []),
          ...(roles.length > 0 ? [eb('role', 'in', roles)] : []),
        ]),
      )
      .executeTakeFirst();
    if (Number(row?.count ?? 0) > 0) return;
  }
  throw new UnprocessableContentError({ reason: 'Cannot remove the last admin user from the system' });
}
