/** How a resize fits the image into the requested box (sharp's `fit`, less `fill`). */
export const ASSET_FITS = ['cover', 'contain', 'inside', 'outside'] as const;

/** One value of {@link ASSET_FITS}. */
export type AssetFit = (typeof ASSET_FITS)[number];

/** Output formats a transform may write. `jpg` and `jpeg` are the same encoder. */
export const OUTPUT_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'tiff', 'avif'] as const;

/** One value of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The `format` parameter: an output format, or `auto` (negotiated from the `Accept` header). */
export type AssetFormat = OutputFormat | 'auto';

/** One `[method, ...args]` step of the `transforms` parameter, checked against the allow-list. */
export type TransformStep = readonly [method: string, ...args: unknown[]];

/**
 * The transform parameters of an asset request or a preset, validated and typed. Every key is optional;
 * an object with none asks for the original file.
 */
export interface TransformParams {
  width?: number;
  height?: number;
  fit?: AssetFit;
  /** 1 to 100. */
  quality?: number;
  format?: AssetFormat;
  withoutEnlargement?: boolean;
  /** Focal point in pixels of the (orientation-corrected) original; overrides the file's own. */
  focalPointX?: number;
  focalPointY?: number;
  /** Raw sharp steps, applied before the resize and format steps. */
  transforms?: readonly TransformStep[];
}

/** A preset as stored in `directus_settings.storage_asset_presets` (and the system presets). */
export interface AssetPreset {
  key: string;
  width?: number | null;
  height?: number | null;
  fit?: AssetFit | null;
  quality?: number | null;
  format?: AssetFormat | null;
  withoutEnlargement?: boolean | null;
  transforms?: readonly TransformStep[] | null;
}

/** Which transforms a project allows: `directus_settings.storage_asset_transform`. */
export type AssetTransformMode = 'all' | 'none' | 'presets';

/** The two settings that govern transforms, as read from `directus_settings`. */
export interface AssetSettings {
  /** @default 'all' */
  storage_asset_transform?: AssetTransformMode | null;
  /** @default [] */
  storage_asset_presets?: readonly AssetPreset[] | null;
}

/** The limits parsing applies, from `ASSETS_TRANSFORM_*` configuration. */
export interface TransformLimits {
  /** `ASSETS_TRANSFORM_IMAGE_MAX_DIMENSION`: the largest width or height read or produced. @default 6000 */
  maxDimension: number;
  /** `ASSETS_TRANSFORM_MAX_OPERATIONS`: the most steps in one `transforms` parameter. @default 5 */
  maxOperations: number;
}
