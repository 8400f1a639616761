import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readImageMetadata } from '../src/read-image-metadata.js';
import { catchError } from './catch-error.js';
import { corruptJpeg, jpegWithExif, pngWithAlpha, streamOf, withIptc } from './images.js';

const DEFAULT_ALLOW_LIST = [
  'ifd0.Make',
  'ifd0.Model',
  'exif.FNumber',
  'exif.ExposureTime',
  'exif.FocalLength',
  'exif.ISOSpeedRatings',
];

describe('readImageMetadata', () => {
  it('keeps the default allow-list of EXIF tags, trimmed, in the Directus layout', async () => {
    const result = await readImageMetadata(streamOf(await jpegWithExif()), { allowList: DEFAULT_ALLOW_LIST });
    expect(result).toEqual({
      width: 400,
      height: 300,
      type: 'image/jpeg',
      metadata: {
        ifd0: { Make: 'Plinth', Model: 'Test Camera' },
        exif: { FNumber: 2.8, ExposureTime: 0.008, ISOSpeedRatings: 200 },
      },
    });
  });

  it('swaps width and height for EXIF orientations 5 to 8', async () => {
    const result = await readImageMetadata(streamOf(await jpegWithExif(6)), { allowList: [] });
    expect([result.width, result.height]).toEqual([300, 400]);
    expect(result.metadata).toEqual({});
  });

  it('reads every section with *: EXIF, ICC and XMP', async () => {
    const { metadata, title } = await readImageMetadata(streamOf(await jpegWithExif()), { allowList: '*' });
    expect(Object.keys(metadata).sort()).toEqual(['exif', 'icc', 'ifd0', 'xmp']);
    expect(metadata.icc).toMatchObject({ colorSpace: 'RGB', deviceClass: 'Monitor', description: 'sP3C' });
    expect(metadata.xmp).toEqual({ title: 'Harbour at dawn', subject: ['sea', 'boat'] });
    expect((metadata.ifd0 as Record<string, unknown>).Orientation).toBe(1);
    expect(title).toBeUndefined(); // only IPTC fills title, as in Directus
  });

  it('keeps whole sections named in the allow-list', async () => {
    const { metadata } = await readImageMetadata(streamOf(await jpegWithExif()), {
      allowList: ['icc', 'ifd0.Make'],
    });
    expect(Object.keys(metadata).sort()).toEqual(['icc', 'ifd0']);
    expect(metadata.ifd0).toEqual({ Make: 'Plinth' });
  });

  it('fills title, description and tags from IPTC and keeps the IPTC section', async () => {
    const image = withIptc(await jpegWithExif(), {
      headline: 'Harbour',
      caption: ' Boats at dawn ',
      keywords: ['sea', 'boat'],
    });
    const result = await readImageMetadata(streamOf(image), { allowList: ['iptc'] });
    expect(result).toEqual({
      width: 400,
      height: 300,
      type: 'image/jpeg',
      title: 'Harbour',
      description: 'Boats at dawn',
      tags: ['sea', 'boat'],
      metadata: { iptc: { headline: 'Harbour', caption: 'Boats at dawn', keywords: ['sea', 'boat'] } },
    });
  });

  it('reads a PNG with alpha and no metadata', async () => {
    const result = await readImageMetadata(streamOf(await pngWithAlpha()), { allowList: '*' });
    expect(result).toEqual({ width: 200, height: 100, type: 'image/png', metadata: {} });
  });

  it('refuses bytes that are not an image with UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const bytes of [Buffer.from('plain text, not a picture'), (await corruptJpeg()).subarray(0, 40)]) {
      const error = await catchError(() => readImageMetadata(streamOf(bytes), { allowList: '*' }));
      expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(error.status).toBe(415);
    }
  });

  it('passes on an error of the input stream', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('storage went away'));
      },
    });
    await expect(readImageMetadata(failing, { allowList: '*' })).rejects.toThrow('storage went away');
  });
});
