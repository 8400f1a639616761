import { InvalidPayloadError } from '@plinth/errors';
import { describe, expect, it } from 'vitest';
import { toTransformError } from './to-transform-error.js';

describe('toTransformError', () => {
  it.each([
    ['Input image exceeds pixel limit', 'ILLEGAL_ASSET_TRANSFORMATION', 400],
    ['timeout: 12% complete', 'SERVICE_UNAVAILABLE', 503],
    ['Expected positive integer for width but received -1 of type number', 'INVALID_QUERY', 400],
    ['extract_area: bad extract area', 'INVALID_QUERY', 400],
    ['VipsJpeg: Premature end of input file', 'UNSUPPORTED_MEDIA_TYPE', 415],
    ['Input buffer contains unsupported image format', 'UNSUPPORTED_MEDIA_TYPE', 415],
  ])('maps sharp\'s "%s" to %s', (message, code, status) => {
    const error = toTransformError(new Error(message), 'image/png') as Error & {
      code: string;
      status: number;
    };
    expect([error.code, error.status]).toEqual([code, status]);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('names the source type in a 415 and passes Plinth errors through', () => {
    expect(toTransformError(new Error('pngload: libpng read error'), 'image/png').message).toContain(
      '"image/png"',
    );
    const plinth = new InvalidPayloadError({ reason: 'x' });
    expect(toTransformError(plinth, 'image/png')).toBe(plinth);
  });
});
