import { IllegalAssetTransformationError } from '@plinth/errors';
import { focalPointCrop } from './lib/focal-point-crop.js';
import { projectSize, type Size } from './lib/project-size.js';
import { negotiateFormat } from './negotiate-format.js';
import type { OutputFormat, TransformParams, TransformStep } from './transform-params.js';

/** Source types a transform can read, as in Directus 11; other files are always served as they are. */
export const TRANSFORMABLE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/tiff',
  'image/avif',
] as const;

/** The `directus_files` columns a plan depends on. */
export interface SourceFile {
  type: string | null;
  /** Orientation-corrected width, as stored on upload. */
  width: number | null;
  height: number | null;
  focal_point_x?: number | null;
  focal_point_y?: number | null;
}

/** Request facts and limits a plan depends on. */
export interface PlanOptions {
  /** The request's `Accept` header, for `format=auto`. */
  accept?: string | undefined;
  /** `ASSETS_TRANSFORM_IMAGE_MAX_DIMENSION`: the largest source or intermediate side. */
  maxDimension: number;
}

/** What to do to one file: the sharp steps in order and what comes out. */
export interface TransformPlan {
  /** `[method, ...args]` steps; their exact shape is what the cache key hashes. */
  steps: TransformStep[];
  /** The output format when a step changes it; `undefined` keeps the source's. */
  format: OutputFormat | undefined;
  /** The output's MIME type. */
  contentType: string;
  /** The source's MIME type. */
  sourceType: string;
  /** `format=auto` looked at `Accept`: the response must carry `Vary: Accept`. */
  varyOnAccept: boolean;
}

const ENCODERS: readonly string[] = ['jpeg', 'png', 'webp', 'tiff', 'avif'];

/**
 * Turns checked parameters into the steps for one file, in Directus 11's order: the `transforms` steps,
 * then `toFormat` (format and quality), then the resize, which for a `cover` of both sides with a focal
 * point (the query's, else the file's) becomes a resize plus an `extract` centred on that point.
 * Returns `undefined` when there is nothing to do or the file is not a transformable image.
 *
 * @throws IllegalAssetTransformationError (400) when the source's size is unknown or above the maximum, or
 *   any step would make an image larger than the maximum.
 */
export function resolveTransformPlan(
  params: TransformParams | undefined,
  file: SourceFile,
  options: PlanOptions,
): TransformPlan | undefined {
  if (params === undefined || !isTransformable(file.type)) return undefined;
  const steps: TransformStep[] = [...(params.transforms ?? [])];
  const formatParam = params.format;
  const accepted = formatParam === 'auto' ? negotiateFormat(options.accept) : undefined;
  if (formatParam !== undefined || params.quality !== undefined) {
    steps.push(['toFormat', chooseFormat(file.type, formatParam, accepted), { quality: params.quality }]);
  }
  if (steps.length === 0 && params.width === undefined && params.height === undefined) return undefined;

  const source = assertSourceSize(file, options.maxDimension);
  if (params.width !== undefined || params.height !== undefined)
    steps.push(...resizeSteps(params, file, source));
  assertStepsWithin(source, steps, options.maxDimension);

  const format = outputFormat(steps);
  return {
    steps,
    format,
    contentType: format === undefined ? (file.type as string) : toContentType(format),
    sourceType: file.type as string,
    varyOnAccept: formatParam === 'auto',
  };
}

function isTransformable(type: string | null): boolean {
  return (TRANSFORMABLE_TYPES as readonly (string | null)[]).includes(type);
}

function chooseFormat(
  type: string | null,
  format: TransformParams['format'],
  accepted: OutputFormat | undefined,
) {
  const original = type?.split('/')[1];
  if (format !== undefined && format !== 'auto') return format;
  if (accepted !== undefined) return accepted;
  // An `auto` request from a client that takes neither AVIF nor WebP gets a format every browser shows.
  if (format === 'auto' && (original === 'avif' || original === 'webp' || original === 'tiff')) return 'png';
  return original ?? 'jpg';
}

function assertSourceSize(file: SourceFile, maxDimension: number): Size {
  const { width, height } = file;
  if (!width || !height || width > maxDimension || height > maxDimension) {
    throw new IllegalAssetTransformationError({ invalidTransformations: ['width', 'height'] });
  }
  return { width, height };
}

function resizeSteps(params: TransformParams, file: SourceFile, source: Size): TransformStep[] {
  const { width, height, fit } = params;
  const withoutEnlargement = params.withoutEnlargement || undefined;
  const focusX = params.focalPointX ?? file.focal_point_x ?? null;
  const focusY = params.focalPointY ?? file.focal_point_y ?? null;
  const wouldEnlarge =
    width !== undefined && height !== undefined && (width > source.width || height > source.height);
  if (
    (fit === undefined || fit === 'cover') &&
    width !== undefined &&
    height !== undefined &&
    focusX !== null &&
    focusY !== null &&
    !(withoutEnlargement && wouldEnlarge)
  ) {
    const crop = focalPointCrop(source, { width, height }, { x: focusX, y: focusY });
    return [
      ['resize', { width: crop.resize.width, height: crop.resize.height, fit, withoutEnlargement }],
      ['extract', crop.region],
    ];
  }
  return [['resize', { width, height, fit, withoutEnlargement }]];
}

function assertStepsWithin(source: Size, steps: readonly TransformStep[], maxDimension: number): void {
  let size = source;
  for (const step of steps) {
    size = projectSize(size, step);
    if (size.width > maxDimension || size.height > maxDimension) {
      throw new IllegalAssetTransformationError({ invalidTransformations: ['width', 'height'] });
    }
  }
}

function outputFormat(steps: readonly TransformStep[]): OutputFormat | undefined {
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const [method, format] = steps[index] as TransformStep;
    if (method === 'toFormat') return format as OutputFormat;
    if (ENCODERS.includes(method)) return method as OutputFormat;
  }
  return undefined;
}

/** The MIME type of an output format. */
export function toContentType(format: OutputFormat): string {
  return format === 'jpg' ? 'image/jpeg' : `image/${format}`;
}
