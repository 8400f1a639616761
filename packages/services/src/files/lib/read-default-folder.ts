import type { Kysely } from 'kysely';

type SettingsRow = { storage_default_folder: string | null };

/** `directus_settings.storage_default_folder`: where uploads without a `folder` field go. */
export async function readDefaultFolder(
  db: Kysely<{ directus_settings: SettingsRow }>,
): Promise<string | null> {
  const row = await db
    .selectFrom('directus_settings')
    .select('storage_default_folder')
    .limit(1)
    .executeTakeFirst();
  return row?.storage_default_folder ?? null;
}
