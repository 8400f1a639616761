import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/** Who the first admin is. */
export interface FirstAdmin {
  email: string;
  passwordHash: string;
  /** A static token for scripts (ADMIN_TOKEN); none when null. */
  token: string | null;
  projectName: string;
}

/** The rows that {@link createFirstAdmin} wrote. */
export interface CreatedAdmin {
  userId: string;
  roleId: string;
  policyId: string;
}

/**
 * Creates the Administrator role, its admin policy, the access row that joins them, the admin
 * user and the settings row, in one transaction: all of it exists afterwards, or none of it.
 */
export async function createFirstAdmin(db: Kysely<any>, admin: FirstAdmin): Promise<CreatedAdmin> {
  const roleId = randomUUID();
  const policyId = randomUUID();
  const userId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('directus_roles')
      .values({ id: roleId, name: 'Administrator', icon: 'verified', description: '$t:admin_description' })
      .execute();
    await trx
      .insertInto('directus_policies')
      .values({
        id: policyId,
        name: 'Administrator',
        icon: 'verified',
        description: '$t:admin_description',
        admin_access: true,
        app_access: true,
        enforce_tfa: false,
      })
      .execute();
    await trx
      .insertInto('directus_access')
      .values({ id: randomUUID(), role: roleId, policy: policyId })
      .execute();
    await trx
      .insertInto('directus_users')
      .values({
        id: userId,
        email: admin.email,
        password: admin.passwordHash,
        role: roleId,
        status: 'active',
        provider: 'default',
        token: admin.token,
      })
      .execute();
    const settings = await trx.selectFrom('directus_settings').select('id').executeTakeFirst();
    if (!settings)
      await trx.insertInto('directus_settings').values({ project_name: admin.projectName }).execute();
  });
  return { userId, roleId, policyId };
}
