import { METADATA_TYPES, readImageMetadata } from '@plinth/assets';
import { isPlinthError } from '@plinth/errors';
import type { StorageDriver } from '@plinth/storage';

/**
 * The most of an image read for its metadata. Size and EXIF/IPTC/ICC sit at the start of every format
 * read here, and `readImageMetadata` holds what it reads in memory: a huge file claiming to be an image
 * must not make the server buffer all of it.
 */
const METADATA_READ_LIMIT = 32 * 1024 * 1024;

/** What an upload learns from its stored bytes, as `directus_files` columns. */
export type FileFacts = Record<string, unknown>;

/**
 * Size, and for images width, height and the allowed EXIF/IPTC/ICC/XMP metadata, read back from
 * storage; IPTC headline, caption and keywords fill `title`, `description` and `tags` unless the
 * upload gave them. A file whose type claims an image but whose bytes are not one is kept without
 * them, as Directus keeps it; transforms of it answer 415 later.
 */
export async function readFileFacts(
  driver: StorageDriver,
  key: string,
  input: { type: string; size: number; given: Readonly<Record<string, unknown>> },
  allowList: readonly string[] | '*',
): Promise<FileFacts> {
  const facts: FileFacts = { filesize: input.size };
  if (!(METADATA_TYPES as readonly string[]).includes(input.type)) return facts;
  try {
    const image = await readImageMetadata(
      await driver.read(key, { start: 0, end: METADATA_READ_LIMIT - 1 }),
      {
        allowList,
      },
    );
    Object.assign(facts, { width: image.width, height: image.height, metadata: image.metadata });
    if (image.title !== undefined && input.given.title === undefined) facts.title = image.title;
    if (image.description !== undefined && input.given.description === undefined)
      facts.description = image.description;
    if (image.tags !== undefined && input.given.tags === undefined) facts.tags = image.tags;
  } catch (error) {
    if (!isPlinthError(error, 'UNSUPPORTED_MEDIA_TYPE')) throw error;
  }
  return facts;
}
