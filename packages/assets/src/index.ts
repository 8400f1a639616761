export {
  createTransformLimiter,
  type TransformLimiter,
  type TransformLimiterOptions,
} from './create-transform-limiter.js';
export { negotiateFormat } from './negotiate-format.js';
export { ASSET_TRANSFORM_QUERY_KEYS, type AssetQuery, parseAssetQuery } from './parse-asset-query.js';
export { parseTransforms } from './parse-transforms.js';
export {
  type ImageMetadata,
  METADATA_TYPES,
  type ReadImageMetadataOptions,
  readImageMetadata,
} from './read-image-metadata.js';
export { resolveAssetTransform } from './resolve-asset-transform.js';
export {
  type PlanOptions,
  resolveTransformPlan,
  type SourceFile,
  TRANSFORMABLE_TYPES,
  type TransformPlan,
  toContentType,
} from './resolve-transform-plan.js';
export { SYSTEM_ASSET_PRESETS } from './system-presets.js';
export { toTransformCacheKey } from './to-transform-cache-key.js';
export { toTransformParams } from './to-transform-params.js';
export { type TransformedImage, type TransformImageLimits, transformImage } from './transform-image.js';
export { isTransformMethod, TRANSFORM_METHODS, type TransformMethod } from './transform-methods.js';
export {
  ASSET_FITS,
  type AssetFit,
  type AssetFormat,
  type AssetPreset,
  type AssetSettings,
  type AssetTransformMode,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TransformLimits,
  type TransformParams,
  type TransformStep,
} from './transform-params.js';
