import type { PrimaryKey } from '@plinth/types';
import type { Kysely } from 'kysely';

/**
 * What deleting roles takes with it, as Directus does it: their policy attachments and presets go, their
 * users are suspended and left without a role, and their child roles move up to the top level.
 */
export async function detachRoles(db: Kysely<any>, roles: readonly PrimaryKey[]): Promise<void> {
  const keys = [...roles];
  await db.deleteFrom('directus_access').where('role', 'in', keys).execute();
  await db.deleteFrom('directus_presets').where('role', 'in', keys).execute();
  await db
    .updateTable('directus_users')
    .set({ status: 'suspended', role: null })
    .where('role', 'in', keys)
    .execute();
  await db.updateTable('directus_roles').set({ parent: null }).where('parent', 'in', keys).execute();
}
