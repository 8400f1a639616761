/**
 * The sharp methods the `transforms` parameter may name, as Directus 11 allows them: output encoders,
 * geometry, and pixel operations. Anything that reads files, composites other images or writes
 * metadata stays out.
 */
export const TRANSFORM_METHODS = [
  'toFormat',
  'jpeg',
  'png',
  'tiff',
  'webp',
  'avif',
  'resize',
  'extend',
  'extract',
  'trim',
  'rotate',
  'flip',
  'flop',
  'sharpen',
  'median',
  'blur',
  'flatten',
  'gamma',
  'negate',
  'normalise',
  'normalize',
  'clahe',
  'convolve',
  'threshold',
  'linear',
  'recomb',
  'modulate',
  'tint',
  'greyscale',
  'grayscale',
  'toColorspace',
  'toColourspace',
  'removeAlpha',
  'ensureAlpha',
  'extractChannel',
  'bandbool',
] as const;

/** One value of {@link TRANSFORM_METHODS}. */
export type TransformMethod = (typeof TRANSFORM_METHODS)[number];

const allowed: ReadonlySet<string> = new Set(TRANSFORM_METHODS);

/** Whether `name` is a sharp method the `transforms` parameter may call. */
export function isTransformMethod(name: unknown): name is TransformMethod {
  return typeof name === 'string' && allowed.has(name);
}
