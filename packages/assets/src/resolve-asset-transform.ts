import { InvalidQueryError } from '@plinth/errors';
import type { AssetQuery } from './parse-asset-query.js';
import { SYSTEM_ASSET_PRESETS } from './system-presets.js';
import { toTransformParams } from './to-transform-params.js';
import type { AssetSettings, TransformLimits, TransformParams } from './transform-params.js';

/**
 * Applies the project's transform settings to a parsed query and returns the parameters to transform
 * with, or `undefined` when the original file is wanted. As in Directus 11:
 *
 * - `storage_asset_transform: 'all'` (the default) allows ad-hoc parameters and any known key;
 * - `'presets'` allows only `?key=` naming a project or system preset;
 * - `'none'` allows only the system presets' keys (the admin app's thumbnails).
 *
 * A key is looked up among the system presets first, then `storage_asset_presets`.
 *
 * @throws InvalidQueryError (400) for an unknown key or a transform the mode forbids.
 */
export function resolveAssetTransform(
  query: AssetQuery,
  settings: AssetSettings,
  limits: TransformLimits,
): TransformParams | undefined {
  const presets = [...SYSTEM_ASSET_PRESETS, ...(settings.storage_asset_presets ?? [])];
  const { key } = query;
  if (key === undefined && !asksForTransform(query.params)) return undefined;

  const mode = settings.storage_asset_transform ?? 'all';
  const isSystemKey = SYSTEM_ASSET_PRESETS.some((preset) => preset.key === key);
  const preset = presets.find((candidate) => candidate.key === key);

  if (mode === 'all') {
    if (key === undefined) return query.params;
    if (preset === undefined) throw new InvalidQueryError({ reason: `Key "${key}" isn't configured` });
  } else if (mode === 'presets') {
    if (preset === undefined) {
      throw new InvalidQueryError({ reason: 'Only configured presets can be used in asset generation' });
    }
  } else if (!isSystemKey || preset === undefined) {
    throw new InvalidQueryError({ reason: 'Dynamic asset generation has been disabled for this project' });
  }
  const { key: _key, ...values } = preset;
  return toTransformParams(values, limits);
}

function asksForTransform(params: TransformParams): boolean {
  return Object.entries(params).some(
    ([name, value]) => !(name === 'transforms' && Array.isArray(value) && value.length === 0),
  );
}
