import { pipeline, type Readable } from 'node:stream';
import type { StorageDriver } from '@plinth/storage';
import { limitSize } from './limit-size.js';

/**
 * Streams `body` into `key`, never holding it whole in memory, and returns the bytes stored. Beyond
 * `maxBytes` the write fails with CONTENT_TOO_LARGE (413); when the body fails (a client that hangs
 * up) the write fails with it. Either way the driver leaves nothing behind.
 */
export async function storeStream(
  driver: StorageDriver,
  key: string,
  body: Readable,
  options: { maxBytes: number | undefined; contentType: string },
): Promise<number> {
  const limited = pipeline(body, limitSize(options.maxBytes), () => undefined);
  const { size } = await driver.write(key, limited, { contentType: options.contentType });
  return size;
}
