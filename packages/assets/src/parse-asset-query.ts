import { InvalidQueryError } from '@plinth/errors';
import { toTransformParams } from './to-transform-params.js';
import type { TransformLimits, TransformParams } from './transform-params.js';

/** The query keys that ask for a transform; `/assets` reads no others but `download` and `access_token`. */
export const ASSET_TRANSFORM_QUERY_KEYS = [
  'key',
  'transforms',
  'width',
  'height',
  'format',
  'fit',
  'quality',
  'withoutEnlargement',
  'focal_point_x',
  'focal_point_y',
] as const;

/** An `/assets` query string, read and checked; presets are not resolved yet. */
export interface AssetQuery {
  /** `download` was present: answer as an attachment, not inline. */
  download: boolean;
  /** A preset key; when set, `params` is empty (a key cannot be combined with other parameters). */
  key?: string;
  /** The ad-hoc transform parameters. */
  params: TransformParams;
}

/**
 * Reads the `/assets` query (as parsed by the server's query-string parser) into an {@link AssetQuery}.
 * Keys other than the transform keys and `download` are ignored.
 *
 * @throws InvalidQueryError (400) for a bad value, or `key` combined with another transform parameter.
 * @throws IllegalAssetTransformationError (400) for sizes above `limits.maxDimension`.
 */
export function parseAssetQuery(
  query: Readonly<Record<string, unknown>>,
  limits: TransformLimits,
): AssetQuery {
  const download = Object.hasOwn(query, 'download');
  const given = ASSET_TRANSFORM_QUERY_KEYS.filter((name) => Object.hasOwn(query, name));
  if (!given.includes('key')) return { download, params: toTransformParams(query, limits) };
  if (given.length > 1) {
    throw new InvalidQueryError({
      reason: `You can't combine the "key" query parameter with any other transformation`,
    });
  }
  const key = query.key;
  if (typeof key !== 'string' || key === '') {
    throw new InvalidQueryError({ reason: '"key" must name one asset preset' });
  }
  return { download, key, params: {} };
}
