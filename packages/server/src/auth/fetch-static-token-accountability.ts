import type { Accountability } from '@plinth/types';
import type { Kysely } from 'kysely';

/** What the request is, besides the token, that an accountability records. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  origin: string | null;
}

/**
 * Resolves a static token (the `token` column of `directus_users`) to the accountability of an
 * active user: their role and the policies attached to that role or to them, with the global
 * flags OR-ed across policies. Returns null for an unknown token.
 */
export async function fetchStaticTokenAccountability(
  db: Kysely<any>,
  token: string,
  origin: RequestOrigin,
): Promise<Accountability | null> {
  const user = await db
    .selectFrom('directus_users')
    .select(['id', 'role'])
    .where('token', '=', token)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!user) return null;

  const policies = await db
    .selectFrom('directus_access as access')
    .innerJoin('directus_policies as policy', 'policy.id', 'access.policy')
    .select(['policy.id as id', 'policy.admin_access as admin_access', 'policy.app_access as app_access'])
    .where((eb) =>
      eb.or([eb('access.user', '=', user.id), ...(user.role ? [eb('access.role', '=', user.role)] : [])]),
    )
    .execute();

  return {
    user: String(user.id),
    role: user.role ? String(user.role) : null,
    roles: user.role ? [String(user.role)] : [],
    policies: policies.map((policy) => String(policy.id)),
    admin: policies.some((policy) => Boolean(policy.admin_access)),
    app: policies.some((policy) => Boolean(policy.app_access)),
    ...origin,
  };
}
