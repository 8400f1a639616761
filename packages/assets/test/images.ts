import { Readable } from 'node:stream';
import sharp from 'sharp';

export const XMP_PACKET =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Harbour at dawn</rdf:li></rdf:Alt></dc:title>' +
  '<dc:subject><rdf:Bag><rdf:li>sea</rdf:li><rdf:li>boat</rdf:li></rdf:Bag></dc:subject>' +
  '</rdf:Description></rdf:RDF></x:xmpmeta>';

/** A 400×300 JPEG with EXIF (camera, exposure), a Display P3 ICC profile and XMP; orientation as given. */
export function jpegWithExif(orientation = 1): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Plinth', Model: '  Test Camera  ' },
      IFD2: { FNumber: '28/10', ExposureTime: '1/125', ISOSpeedRatings: '200' },
    })
    .withMetadata({ orientation })
    .withIccProfile('p3')
    .withXmp(XMP_PACKET)
    .toBuffer();
}

/** A 200×100 PNG, half-transparent red. */
export function pngWithAlpha(): Promise<Buffer> {
  return sharp({
    create: { width: 200, height: 100, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
}

/** A JPEG of `width`×`height`: the left half pure red, the right half pure blue. */
export async function halvesJpeg(width = 400, height = 200): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const blue = await sharp({ create: { width: width - half, height, channels: 3, background: '#0000ff' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ff0000' } })
    .composite([{ input: blue, left: half, top: 0 }])
    .jpeg({ quality: 95 })
    .toBuffer();
}

/** A noisy JPEG (so encoders have real work): `width`×`height`. */
export function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A JPEG cut off after its first quarter, then padded with junk: not a readable image. */
export async function corruptJpeg(): Promise<Buffer> {
  const whole = await noisyJpeg(300, 200);
  return Buffer.concat([whole.subarray(0, Math.floor(whole.length / 4)), Buffer.alloc(512, 0x5a)]);
}

/** A stream of `buffer` in 16 KiB chunks, as storage drivers hand files over. */
export function streamOf(buffer: Buffer): Readable {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < buffer.length; offset += 16_384)
    chunks.push(buffer.subarray(offset, offset + 16_384));
  return Readable.from(chunks);
}

/** Reads a stream to one buffer. */
export async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The RGB of the pixel at (x, y). */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [data[offset] as number, data[offset + 1] as number, data[offset + 2] as number];
}

/** `jpeg` with an APP13 Photoshop block holding IPTC headline, caption and keywords, as cameras and DAMs write. */
export function withIptc(
  jpeg: Buffer,
  fields: { headline: string; caption: string; keywords: string[] },
): Buffer {
  const dataset = (number: number, text: string) => {
    const value = Buffer.from(text, 'utf8');
    const head = Buffer.from([0x1c, 0x02, number, 0, 0]);
    head.writeUInt16BE(value.length, 3);
    return Buffer.concat([head, value]);
  };
  let iim = Buffer.concat([
    dataset(0x69, fields.headline),
    dataset(0x78, fields.caption),
    ...fields.keywords.map((keyword) => dataset(0x19, keyword)),
  ]);
  if (iim.length % 2 === 1) iim = Buffer.concat([iim, Buffer.alloc(1)]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\u0000', 'latin1'), resource]);
  const marker = Buffer.from([0xff, 0xed, 0, 0]);
  marker.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)]);
}
