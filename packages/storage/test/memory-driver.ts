// The worked example of docs/storage.md: a complete driver in a few dozen lines. It keeps objects in a
// Map, so it buffers each object in memory; that is fine for tests and nothing else.
import { Readable } from 'node:stream';
import {
  assertStorageKey,
  assertStoragePrefix,
  defineStorageDriver,
  resolveByteRange,
  type StorageDriver,
  StorageError,
  StorageErrorCode,
} from '@plinth/storage';

interface StoredObject {
  bytes: Buffer;
  modified: Date;
}

/** A driver keeping every object in memory. */
export function createMemoryDriver(): StorageDriver {
  const objects = new Map<string, StoredObject>();

  const find = (key: string): StoredObject => {
    const object = objects.get(assertStorageKey(key));
    if (!object) throw new StorageError(StorageErrorCode.NotFound, `No object "${key}".`, { key });
    return object;
  };

  return {
    async read(key, range) {
      const { bytes } = find(key);
      const { start, end } = resolveByteRange(range ?? {}, bytes.length, key);
      return Readable.from([bytes.subarray(start, end + 1)]);
    },
    async write(key, body) {
      assertStorageKey(key);
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk));
      // Stored only once the body has ended, so a failed body leaves the old object in place.
      const bytes = Buffer.concat(chunks);
      objects.set(key, { bytes, modified: new Date() });
      return { size: bytes.length };
    },
    async delete(key) {
      objects.delete(assertStorageKey(key));
    },
    async stat(key) {
      const { bytes, modified } = find(key);
      return { size: bytes.length, modified };
    },
    async exists(key) {
      return objects.has(assertStorageKey(key));
    },
    async *list(prefix = '') {
      assertStoragePrefix(prefix);
      for (const key of [...objects.keys()]) if (key.startsWith(prefix)) yield key;
    },
  };
}

/** The definition a plugin would export: `STORAGE_<LOC>_DRIVER=memory` selects it. */
export const memoryDriver = defineStorageDriver({
  name: 'memory',
  create: () => createMemoryDriver(),
});
