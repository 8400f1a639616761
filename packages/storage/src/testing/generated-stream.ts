import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

const CHUNK_BYTES = 64 * 1024;

/** Fills `target` from a xorshift32 generator and returns the next state. */
function fill(target: Uint32Array, state: number): number {
  let x = state;
  for (let index = 0; index < target.length; index++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    target[index] = x >>> 0;
  }
  return x;
}

/**
 * A stream of `size` pseudo-random bytes made on demand in 64 KiB chunks, so a test can write hundreds
 * of megabytes without holding them. The same `seed` always yields the same bytes, and no two chunks
 * repeat, so a reordered or dropped chunk changes the digest.
 */
export function generatedStream(size: number, seed = 1): Readable {
  let remaining = size;
  let state = seed >>> 0 || 1;
  return new Readable({
    read() {
      if (remaining === 0) {
        this.push(null);
        return;
      }
      const words = new Uint32Array(CHUNK_BYTES / 4);
      state = fill(words, state);
      const length = Math.min(CHUNK_BYTES, remaining);
      remaining -= length;
      this.push(Buffer.from(words.buffer, 0, length));
    },
  });
}

/** The SHA-256 (hex) of everything a stream yields, read chunk by chunk. */
export async function digestOf(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

/** The SHA-256 of what `generatedStream(size, seed)` yields. */
export function generatedDigest(size: number, seed = 1): Promise<string> {
  return digestOf(generatedStream(size, seed));
}

/** Everything a stream yields, as one buffer: for small test objects only. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Every key a listing yields. */
export async function collectKeys(listing: AsyncIterable<string>): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of listing) keys.push(key);
  return keys.sort();
}

/** A stream that yields `prefix`, then fails: a body cut off midway. */
export function failingStream(prefix: Buffer): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(prefix);
        return;
      }
      setImmediate(() => this.destroy(new Error('the client went away')));
    },
  });
}
