import { PassThrough, type Readable } from 'node:stream';

/** A stream passed through unchanged, and a count of the bytes that went through it. */
export interface MeasuredStream {
  stream: Readable;
  /** Bytes passed through so far. */
  bytes(): number;
}

/**
 * Wraps `body` so a driver whose backend does not report the stored size can tell it. Errors of `body`
 * are passed on, so the upload fails too.
 */
export function measureStream(body: Readable): MeasuredStream {
  let bytes = 0;
  const stream = new PassThrough({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  body.on('error', (error) => stream.destroy(error));
  body.pipe(stream);
  return { stream, bytes: () => bytes };
}
