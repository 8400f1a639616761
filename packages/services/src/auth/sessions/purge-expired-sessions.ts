import type { Kysely } from 'kysely';

/**
 * Deletes sessions nobody can use any more. A family's newest row goes once it expires. A rotated row
 * (`next_token` set) is kept one refresh-token lifetime longer: while its family may still be alive,
 * presenting it again must be recognised as reuse, which is what revokes the family.
 */
export async function purgeExpiredSessions(db: Kysely<any>, refreshTokenTtl: number): Promise<void> {
  const now = new Date();
  await db
    .deleteFrom('directus_sessions')
    .where((eb) =>
      eb.or([
        eb.and([eb('next_token', 'is', null), eb('expires', '<', now)]),
        eb('expires', '<', new Date(now.getTime() - refreshTokenTtl)),
      ]),
    )
    .execute();
}
