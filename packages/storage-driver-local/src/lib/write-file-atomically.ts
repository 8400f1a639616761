import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A fresh name in the temporary folder: 32 hex characters, checked again when read back from state. */
export const newTempName = (): string => randomBytes(16).toString('hex');

/** Whether a temporary name came from {@link newTempName} (and so cannot point anywhere else). */
export const isTempName = (name: unknown): name is string =>
  typeof name === 'string' && /^[0-9a-f]{32}$/.test(name);

/**
 * Streams `body` into a new file in `tempFolder`, then renames it to the path `target()` resolves to.
 * Readers see the old file or the whole new one, never a part; a failed body leaves nothing behind.
 *
 * @returns The bytes written.
 */
export async function writeFileAtomically(
  tempFolder: string,
  body: Readable,
  target: () => Promise<string>,
): Promise<number> {
  const temp = join(tempFolder, newTempName());
  const file = createWriteStream(temp, { flags: 'wx' });
  try {
    await pipeline(body, file);
    await rename(temp, await target());
    return file.bytesWritten;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
