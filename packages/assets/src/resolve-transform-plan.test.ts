import { describe, expect, it } from 'vitest';
import { catchError } from '../test/catch-error.js';
import { resolveTransformPlan, type SourceFile } from './resolve-transform-plan.js';

const jpeg: SourceFile = {
  type: 'image/jpeg',
  width: 2000,
  height: 1000,
  focal_point_x: null,
  focal_point_y: null,
};
const options = { maxDimension: 6000 };

describe('resolveTransformPlan', () => {
  it('orders steps as Directus does: transforms, then toFormat, then resize', () => {
    const plan = resolveTransformPlan(
      { transforms: [['greyscale']], width: 200, quality: 60, format: 'png', fit: 'inside' },
      jpeg,
      options,
    );
    expect(plan).toEqual({
      steps: [
        ['greyscale'],
        ['toFormat', 'png', { quality: 60 }],
        ['resize', { width: 200, height: undefined, fit: 'inside', withoutEnlargement: undefined }],
      ],
      format: 'png',
      contentType: 'image/png',
      sourceType: 'image/jpeg',
      varyOnAccept: false,
    });
  });

  it('returns undefined for no parameters and for files sharp does not transform', () => {
    expect(resolveTransformPlan(undefined, jpeg, options)).toBeUndefined();
    expect(resolveTransformPlan({}, jpeg, options)).toBeUndefined();
    expect(resolveTransformPlan({ width: 10 }, { ...jpeg, type: 'image/gif' }, options)).toBeUndefined();
    expect(
      resolveTransformPlan({ width: 10 }, { ...jpeg, type: 'application/pdf' }, options),
    ).toBeUndefined();
  });

  it.each([
    ['image/avif,image/webp,*/*', 'avif', 'image/avif'],
    ['image/webp,*/*', 'webp', 'image/webp'],
    ['text/html,*/*', 'jpeg', 'image/jpeg'],
    [undefined, 'jpeg', 'image/jpeg'],
  ])('negotiates format=auto from Accept %s', (accept, format, contentType) => {
    const plan = resolveTransformPlan({ format: 'auto' }, jpeg, { ...options, accept });
    expect(plan?.steps).toEqual([['toFormat', format, { quality: undefined }]]);
    expect(plan?.contentType).toBe(contentType);
    expect(plan?.varyOnAccept).toBe(true);
  });

  it('falls back to png for format=auto from a webp source when the client takes neither', () => {
    const plan = resolveTransformPlan({ format: 'auto' }, { ...jpeg, type: 'image/webp' }, options);
    expect(plan?.format).toBe('png');
  });

  it('keeps the source format for quality alone', () => {
    const plan = resolveTransformPlan({ quality: 30 }, { ...jpeg, type: 'image/png' }, options);
    expect(plan?.steps).toEqual([['toFormat', 'png', { quality: 30 }]]);
  });

  it('takes the output type from an encoder step in transforms', () => {
    const plan = resolveTransformPlan({ transforms: [['webp', { quality: 50 }]] }, jpeg, options);
    expect(plan?.format).toBe('webp');
    expect(plan?.contentType).toBe('image/webp');
  });

  it('crops a cover around the focal point: the query one first, else the file one', () => {
    const file = { ...jpeg, focal_point_x: 1800, focal_point_y: 500 };
    expect(resolveTransformPlan({ width: 100, height: 100 }, file, options)?.steps).toEqual([
      ['resize', { width: 200, height: 100, fit: undefined, withoutEnlargement: undefined }],
      ['extract', { left: 100, top: 0, width: 100, height: 100 }],
    ]);
    const fromQuery = resolveTransformPlan(
      { width: 100, height: 100, focalPointX: 0, focalPointY: 0 },
      file,
      options,
    );
    expect(fromQuery?.steps[1]).toEqual(['extract', { left: 0, top: 0, width: 100, height: 100 }]);
  });

  it('does not crop around a focal point for other fits, one side, or a refused enlargement', () => {
    const file = { ...jpeg, focal_point_x: 10, focal_point_y: 10 };
    for (const params of [
      { width: 100, height: 100, fit: 'contain' as const },
      { width: 100 },
      { width: 3000, height: 3000, withoutEnlargement: true },
    ]) {
      const plan = resolveTransformPlan(params, file, options);
      expect(plan?.steps.map(([method]) => method)).toEqual(['resize']);
    }
  });

  it('refuses sources of unknown size or above the maximum', async () => {
    for (const file of [
      { ...jpeg, width: null },
      { ...jpeg, width: 6001 },
    ]) {
      const error = await catchError(() => resolveTransformPlan({ width: 10 }, file, options));
      expect(error.code).toBe('ILLEGAL_ASSET_TRANSFORMATION');
    }
  });

  it('refuses a pipeline whose intermediate image exceeds the maximum', async () => {
    const error = await catchError(() =>
      resolveTransformPlan(
        {
          transforms: [
            ['extend', 2500],
            ['resize', 100],
          ],
        },
        jpeg,
        options,
      ),
    );
    expect(error.code).toBe('ILLEGAL_ASSET_TRANSFORMATION');
    const upscale = await catchError(() =>
      resolveTransformPlan({ transforms: [['resize', { height: 5000, fit: 'outside' }]] }, jpeg, options),
    );
    expect(upscale.code).toBe('ILLEGAL_ASSET_TRANSFORMATION');
    expect(resolveTransformPlan({ transforms: [['extend', 100]] }, jpeg, options)?.steps).toHaveLength(1);
  });
});
