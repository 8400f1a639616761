import type { AssetPreset } from './transform-params.js';

const preset = (key: string, width: number, height?: number): AssetPreset => ({
  key,
  format: 'auto',
  transforms: [
    ['resize', height === undefined ? { width, fit: 'contain' } : { width, height, fit: 'cover' }],
  ],
});

/**
 * The thumbnails the admin app asks for by `key`, available whatever `storage_asset_transform` says.
 * A project preset with the same key does not replace them.
 */
export const SYSTEM_ASSET_PRESETS: readonly AssetPreset[] = [
  preset('system-small-cover', 64, 64),
  preset('system-small-contain', 64),
  preset('system-medium-cover', 300, 300),
  preset('system-medium-contain', 300),
  preset('system-large-cover', 800, 800),
  preset('system-large-contain', 800),
];
