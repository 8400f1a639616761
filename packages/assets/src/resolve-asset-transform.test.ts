import { describe, expect, it } from 'vitest';
import { catchError } from '../test/catch-error.js';
import { parseAssetQuery } from './parse-asset-query.js';
import { resolveAssetTransform } from './resolve-asset-transform.js';
import type { AssetSettings } from './transform-params.js';

const limits = { maxDimension: 6000, maxOperations: 5 };
const presets = [
  { key: 'card', width: 640, height: 360, fit: 'cover' as const, quality: 70, format: 'webp' as const },
];
const resolve = (raw: Record<string, unknown>, settings: AssetSettings) =>
  resolveAssetTransform(parseAssetQuery(raw, limits), settings, limits);

describe('resolveAssetTransform', () => {
  it('asks for the original when nothing (or an empty transforms list) is given', () => {
    expect(resolve({}, { storage_asset_transform: 'none' })).toBeUndefined();
    expect(resolve({ transforms: '[]' }, { storage_asset_transform: 'none' })).toBeUndefined();
  });

  describe('mode all (the default)', () => {
    it('passes ad-hoc parameters through', () => {
      expect(resolve({ width: '10' }, {})).toEqual({ width: 10 });
    });

    it('resolves project and system keys, refuses unknown ones', async () => {
      expect(resolve({ key: 'card' }, { storage_asset_presets: presets })).toEqual({
        width: 640,
        height: 360,
        fit: 'cover',
        quality: 70,
        format: 'webp',
      });
      expect(resolve({ key: 'system-small-cover' }, {})).toEqual({
        format: 'auto',
        transforms: [['resize', { width: 64, height: 64, fit: 'cover' }]],
      });
      const error = await catchError(() => resolve({ key: 'nope' }, { storage_asset_presets: presets }));
      expect(error.code).toBe('INVALID_QUERY');
      expect(error.message).toBe(`Invalid query. Key "nope" isn't configured.`);
    });
  });

  describe('mode presets', () => {
    const settings: AssetSettings = { storage_asset_transform: 'presets', storage_asset_presets: presets };

    it('allows project and system keys', () => {
      expect(resolve({ key: 'card' }, settings)?.width).toBe(640);
      expect(resolve({ key: 'system-large-contain' }, settings)?.format).toBe('auto');
    });

    it('refuses ad-hoc parameters and unknown keys', async () => {
      for (const raw of [{ width: '10' }, { key: 'nope' }]) {
        const error = await catchError(() => resolve(raw, settings));
        expect(error.message).toBe('Invalid query. Only configured presets can be used in asset generation.');
      }
    });
  });

  describe('mode none', () => {
    const settings: AssetSettings = { storage_asset_transform: 'none', storage_asset_presets: presets };

    it('allows only the system keys', async () => {
      expect(resolve({ key: 'system-medium-cover' }, settings)?.transforms).toEqual([
        ['resize', { width: 300, height: 300, fit: 'cover' }],
      ]);
      for (const raw of [{ width: '10' }, { key: 'card' }]) {
        const error = await catchError(() => resolve(raw, settings));
        expect(error.message).toBe(
          'Invalid query. Dynamic asset generation has been disabled for this project.',
        );
      }
    });
  });

  it('keeps a system preset when a project preset reuses its key', () => {
    const settings: AssetSettings = { storage_asset_presets: [{ key: 'system-small-cover', width: 999 }] };
    expect(resolve({ key: 'system-small-cover' }, settings)?.width).toBeUndefined();
  });

  it('checks stored presets like query parameters', async () => {
    const settings: AssetSettings = {
      storage_asset_presets: [{ key: 'bad', transforms: [['toFile', 'x']] }],
    };
    const error = await catchError(() => resolve({ key: 'bad' }, settings));
    expect(error.code).toBe('INVALID_QUERY');
  });
});
