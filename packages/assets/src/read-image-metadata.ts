import type { Readable } from 'node:stream';
import { UnsupportedMediaTypeError } from '@plinth/errors';
import exifReader from 'exif-reader';
import { parse as parseIcc } from 'icc';
import sharp, { type Metadata } from 'sharp';
import { parseIptc } from './lib/parse-iptc.js';
import { parseXmp } from './lib/parse-xmp.js';
import { pickPaths } from './lib/pick-paths.js';

/** Image types whose metadata is read on upload, as in Directus 11. */
export const METADATA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/tiff',
  'image/avif',
] as const;

/** Options of {@link readImageMetadata}. */
export interface ReadImageMetadataOptions {
  /**
   * `FILE_METADATA_ALLOW_LIST`: dotted paths kept in `metadata` (`ifd0.Make`, `exif.FNumber`, `icc`), or
   * `'*'` for everything.
   */
  allowList: readonly string[] | '*';
}

/** What an upload stores from an image: `directus_files` columns and the `metadata` JSON. */
export interface ImageMetadata {
  /** Width as displayed (EXIF orientations 5–8 swap width and height). */
  width: number | null;
  height: number | null;
  /** MIME type of the bytes as sharp identified them. */
  type?: string;
  /** IPTC headline → `title`. */
  title?: string;
  /** IPTC caption → `description`. */
  description?: string;
  /** IPTC keywords → `tags`. */
  tags?: string[];
  /**
   * The `directus_files.metadata` value, in the layout Directus keeps: `ifd0` (EXIF image tags), `ifd1`
   * (thumbnail), `exif` (photo tags), `gps`, `interop`, `icc`, `iptc`, `xmp`, filtered by the allow-list,
   * as JSON (dates become ISO strings).
   */
  metadata: Record<string, unknown>;
}

/**
 * Reads an image's size and its EXIF, ICC, IPTC and XMP metadata with sharp (header only; no pixels are
 * decoded). A section that fails to parse is left out rather than failing the read.
 *
 * @throws UnsupportedMediaTypeError (415) when the bytes are not an image sharp can read.
 */
export async function readImageMetadata(
  input: Readable,
  options: ReadImageMetadataOptions,
): Promise<ImageMetadata> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  let info: Metadata;
  try {
    info = await sharp(Buffer.concat(chunks), { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch (error) {
    throw new UnsupportedMediaTypeError(
      { mediaType: 'application/octet-stream', where: 'the uploaded file, which is not a readable image' },
      { cause: error },
    );
  }

  const sections = readSections(info);
  const result: ImageMetadata = {
    ...orientedSize(info),
    metadata: trimStrings(toJson(pickPaths(sections, options.allowList))),
  };
  const type = toMimeType(info);
  if (type !== undefined) result.type = type;
  const iptc = sections.iptc as Record<string, string | string[]> | undefined;
  if (typeof iptc?.headline === 'string') result.title = iptc.headline.trim();
  if (typeof iptc?.caption === 'string') result.description = iptc.caption.trim();
  if (iptc?.keywords !== undefined) result.tags = [iptc.keywords].flat().map((tag) => tag.trim());
  return result;
}

function orientedSize(info: Metadata): { width: number | null; height: number | null } {
  const width = info.width ?? null;
  const height = info.height ?? null;
  return (info.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}

function readSections(info: Metadata): Record<string, unknown> {
  const sections: Record<string, unknown> = {};
  const attempt = (read: () => void) => {
    try {
      read();
    } catch {
      // A damaged block is dropped; the rest of the metadata is still worth keeping.
    }
  };
  if (info.exif) {
    attempt(() => {
      const exif = exifReader(info.exif as Buffer);
      if (exif.Image) sections.ifd0 = exif.Image;
      if (exif.Thumbnail) sections.ifd1 = exif.Thumbnail;
      if (exif.Photo) sections.exif = exif.Photo;
      if (exif.GPSInfo) sections.gps = exif.GPSInfo;
      if (exif.Iop) sections.interop = exif.Iop;
    });
  }
  if (info.icc) attempt(() => (sections.icc = parseIcc(info.icc as Buffer)));
  if (info.iptc) attempt(() => (sections.iptc = parseIptc(info.iptc as Buffer)));
  if (info.xmp) attempt(() => (sections.xmp = parseXmp(info.xmp as Buffer)));
  return sections;
}

function toMimeType(info: Metadata): string | undefined {
  switch (info.format) {
    case undefined:
      return undefined;
    case 'heif':
      return info.compression === 'av1' ? 'image/avif' : 'image/heif';
    case 'svg':
      return 'image/svg+xml';
    default:
      return `image/${info.format}`;
  }
}

function toJson(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function trimStrings(metadata: Record<string, unknown>): Record<string, unknown> {
  for (const section of Object.values(metadata)) {
    if (typeof section !== 'object' || section === null) continue;
    const entries = section as Record<string, unknown>;
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value === 'string') entries[key] = value.trim();
    }
  }
  return metadata;
}
