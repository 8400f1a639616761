import type { Kysely } from 'kysely';

/**
 * Deletes every session linked to `tokenHash` through `next_token`, in both directions: the tokens it
 * replaced and the ones that replaced it. That is one login's whole chain of refresh tokens, and
 * nothing of the user's other logins. Walked one link-step per statement (portable to every engine;
 * chains are short because rotated rows are purged after a refresh-token lifetime).
 */
export async function revokeSessionFamily(db: Kysely<any>, tokenHash: string): Promise<number> {
  const family = new Set([tokenHash]);
  let frontier = [tokenHash];
  while (frontier.length > 0) {
    const linked = await db
      .selectFrom('directus_sessions')
      .select(['token', 'next_token'])
      .where((eb) => eb.or([eb('token', 'in', frontier), eb('next_token', 'in', frontier)]))
      .execute();
    frontier = [];
    for (const row of linked) {
      for (const value of [row.token, row.next_token]) {
        if (value === null || family.has(String(value))) continue;
        family.add(String(value));
        frontier.push(String(value));
      }
    }
  }
  const result = await db
    .deleteFrom('directus_sessions')
    .where('token', 'in', [...family])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
