import type { Kysely } from 'kysely';

/** The public policies: those attached by access rows with neither role nor user, in `sort` order. */
export async function fetchPublicPolicies(db: Kysely<any>): Promise<string[]> {
  const rows = await db
    .selectFrom('directus_access')
    .select(['policy'])
    .where('role', 'is', null)
    .where('user', 'is', null)
    .orderBy('sort')
    .orderBy('id')
    .execute();
  return [...new Set(rows.map((row) => String(row.policy)))];
}
