import type { AssetSettings } from '@plinth/assets';
import type { Kysely } from 'kysely';

type SettingsRow = {
  storage_asset_transform: AssetSettings['storage_asset_transform'];
  storage_asset_presets: unknown;
};

/** `storage_asset_transform` and `storage_asset_presets` from the settings row (defaults when none). */
export async function readAssetSettings(
  db: Kysely<{ directus_settings: SettingsRow }>,
): Promise<AssetSettings> {
  const row = await db
    .selectFrom('directus_settings')
    .select(['storage_asset_transform', 'storage_asset_presets'])
    .limit(1)
    .executeTakeFirst();
  const presets =
    typeof row?.storage_asset_presets === 'string'
      ? JSON.parse(row.storage_asset_presets)
      : row?.storage_asset_presets;
  return {
    storage_asset_transform: row?.storage_asset_transform ?? 'all',
    storage_asset_presets: Array.isArray(presets) ? presets : null,
  };
}
