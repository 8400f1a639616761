import { IllegalAssetTransformationError, InvalidQueryError } from '@plinth/errors';
import { parseTransforms } from './parse-transforms.js';
import {
  ASSET_FITS,
  type AssetFit,
  type AssetFormat,
  OUTPUT_FORMATS,
  type TransformLimits,
  type TransformParams,
} from './transform-params.js';

const FORMATS: readonly string[] = [...OUTPUT_FORMATS, 'auto'];
const FITS: readonly string[] = ASSET_FITS;

/**
 * Checks and types the transform parameters of a query string or a stored preset. Query values arrive as
 * text, preset values as JSON numbers and booleans; both are accepted. Absent, `null` and empty values
 * are left out, as Directus ignores them.
 *
 * @throws InvalidQueryError (400) naming the first bad parameter.
 * @throws IllegalAssetTransformationError (400) when `width` or `height` exceeds `limits.maxDimension`.
 */
export function toTransformParams(
  raw: Readonly<Record<string, unknown>>,
  limits: TransformLimits,
): TransformParams {
  const params: TransformParams = {};
  const width = readInteger(raw, 'width', 1);
  const height = readInteger(raw, 'height', 1);
  assertWithinMaximum({ width, height }, limits.maxDimension);
  if (width !== undefined) params.width = width;
  if (height !== undefined) params.height = height;
  const fit = readChoice(raw, 'fit', FITS);
  if (fit !== undefined) params.fit = fit as AssetFit;
  const quality = readInteger(raw, 'quality', 1, 100);
  if (quality !== undefined) params.quality = quality;
  const format = readChoice(raw, 'format', FORMATS);
  if (format !== undefined) params.format = format as AssetFormat;
  const withoutEnlargement = readBoolean(raw, 'withoutEnlargement');
  if (withoutEnlargement !== undefined) params.withoutEnlargement = withoutEnlargement;
  const focalPointX = readNumber(raw, 'focal_point_x');
  if (focalPointX !== undefined) params.focalPointX = focalPointX;
  const focalPointY = readNumber(raw, 'focal_point_y');
  if (focalPointY !== undefined) params.focalPointY = focalPointY;
  if (!isAbsent(raw.transforms)) params.transforms = parseTransforms(raw.transforms, limits);
  return params;
}

function assertWithinMaximum(sizes: Record<string, number | undefined>, maxDimension: number): void {
  const tooLarge = Object.keys(sizes).filter((name) => (sizes[name] ?? 0) > maxDimension);
  if (tooLarge.length > 0) throw new IllegalAssetTransformationError({ invalidTransformations: tooLarge });
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function readScalar(
  raw: Readonly<Record<string, unknown>>,
  name: string,
): string | number | boolean | undefined {
  const value = raw[name];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new InvalidQueryError({ reason: `"${name}" must be given once, as a single value` });
}

function readInteger(
  raw: Readonly<Record<string, unknown>>,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const value = readScalar(raw, name);
  if (value === undefined) return undefined;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min || number > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new InvalidQueryError({ reason: `"${name}" must be ${range}, got ${JSON.stringify(value)}` });
  }
  return number;
}

function readNumber(raw: Readonly<Record<string, unknown>>, name: string): number | undefined {
  const value = readScalar(raw, name);
  if (value === undefined) return undefined;
  const number = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    throw new InvalidQueryError({
      reason: `"${name}" must be a number of pixels, got ${JSON.stringify(value)}`,
    });
  }
  return number;
}

function readChoice(
  raw: Readonly<Record<string, unknown>>,
  name: string,
  choices: readonly string[],
): string | undefined {
  const value = readScalar(raw, name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !choices.includes(value)) {
    throw new InvalidQueryError({
      reason: `"${name}" must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`,
    });
  }
  return value;
}

function readBoolean(raw: Readonly<Record<string, unknown>>, name: string): boolean | undefined {
  if (raw[name] === '') return true; // `?withoutEnlargement` alone switches it on.
  const value = readScalar(raw, name);
  if (value === undefined) return undefined;
  if (value === true || value === 'true' || value === '1' || value === 1) return true;
  if (value === false || value === 'false' || value === '0' || value === 0) return false;
  throw new InvalidQueryError({ reason: `"${name}" must be true or false, got ${JSON.stringify(value)}` });
}
