import { describe, expect, it } from 'vitest';
import { catchError } from '../test/catch-error.js';
import { parseAssetQuery } from './parse-asset-query.js';

const limits = { maxDimension: 6000, maxOperations: 5 };

describe('parseAssetQuery', () => {
  it('types every transform parameter and reads download by presence', () => {
    const query = parseAssetQuery(
      {
        width: '300',
        height: '200',
        fit: 'inside',
        quality: '80',
        format: 'webp',
        withoutEnlargement: 'true',
        focal_point_x: '120',
        focal_point_y: '45.5',
        transforms: '[["blur", 2], ["flip"]]',
        download: '',
        access_token: 'ignored',
      },
      limits,
    );
    expect(query).toEqual({
      download: true,
      params: {
        width: 300,
        height: 200,
        fit: 'inside',
        quality: 80,
        format: 'webp',
        withoutEnlargement: true,
        focalPointX: 120,
        focalPointY: 45.5,
        transforms: [['blur', 2], ['flip']],
      },
    });
  });

  it('returns empty params and no download for an empty query', () => {
    expect(parseAssetQuery({}, limits)).toEqual({ download: false, params: {} });
  });

  it('takes ?withoutEnlargement alone as true and "false" as false', () => {
    expect(parseAssetQuery({ withoutEnlargement: '' }, limits).params.withoutEnlargement).toBe(true);
    expect(parseAssetQuery({ withoutEnlargement: 'false' }, limits).params.withoutEnlargement).toBe(false);
  });

  it('reads a preset key alone', () => {
    expect(parseAssetQuery({ key: 'thumb', download: '1' }, limits)).toEqual({
      download: true,
      key: 'thumb',
      params: {},
    });
  });

  it.each([
    [{ key: 'thumb', width: '10' }, 'combine the "key"'],
    [{ key: '' }, '"key" must name'],
    [{ width: 'abc' }, '"width" must be an integer of at least 1'],
    [{ width: '-5' }, '"width" must be'],
    [{ width: '10.5' }, '"width" must be'],
    [{ height: '0' }, '"height" must be'],
    [{ quality: '0' }, '"quality" must be an integer from 1 to 100'],
    [{ quality: '101' }, '"quality" must be'],
    [{ fit: 'fill' }, '"fit" must be one of cover, contain, inside, outside'],
    [{ format: 'gif' }, '"format" must be one of'],
    [{ withoutEnlargement: 'maybe' }, '"withoutEnlargement" must be true or false'],
    [{ focal_point_x: '-1' }, '"focal_point_x" must be a number of pixels'],
    [{ width: ['10', '20'] }, '"width" must be given once'],
    [{ transforms: 'not json' }, '"transforms" must be a JSON array'],
    [{ transforms: '{"resize": 1}' }, '"transforms" must be a JSON array'],
    [{ transforms: '[[]]' }, '"transforms" must be a JSON array'],
    [{ transforms: '[["composite", []]]' }, 'does not allow "composite"'],
    [{ transforms: '[["toFile", "/etc/passwd"]]' }, 'does not allow "toFile"'],
    [{ transforms: '[["toFormat", "../../x"]]' }, '"toFormat" takes one of'],
    [{ transforms: '[["toFormat", "gif"]]' }, '"toFormat" takes one of'],
    [{ transforms: '[["blur", -4]]' }, 'step 1 (blur)'],
    [{ transforms: '[["flip"], ["rotate", "sideways"]]' }, 'step 2 (rotate)'],
    [
      { transforms: JSON.stringify(Array.from({ length: 6 }, () => ['flip'])) },
      'at most 5 operations, got 6',
    ],
  ])('refuses %j with INVALID_QUERY', async (raw, reason) => {
    const error = await catchError(() => parseAssetQuery(raw, limits));
    expect(error.code).toBe('INVALID_QUERY');
    expect(error.status).toBe(400);
    expect(error.message).toContain(reason);
  });

  it.each([
    [{ width: '6001' }, ['width']],
    [{ width: '7000', height: '90000' }, ['width', 'height']],
    [{ transforms: '[["resize", 100, 8000]]' }, ['height']],
    [{ transforms: '[["resize", {"width": 99999}]]' }, ['width']],
  ])('refuses absurd sizes %j with ILLEGAL_ASSET_TRANSFORMATION', async (raw, invalid) => {
    const error = await catchError(() => parseAssetQuery(raw, limits));
    expect(error.code).toBe('ILLEGAL_ASSET_TRANSFORMATION');
    expect(error.status).toBe(400);
    expect(error.extensions).toEqual({ invalidTransformations: invalid });
  });

  it('follows the configured maximum dimension', () => {
    expect(parseAssetQuery({ width: '6001' }, { maxDimension: 8000, maxOperations: 5 }).params.width).toBe(
      6001,
    );
  });
});
