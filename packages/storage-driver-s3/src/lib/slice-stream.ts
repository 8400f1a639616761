import { Transform } from 'node:stream';

/**
 * Passes on `length` bytes after skipping `skip` (all the rest when `length` is undefined). Used when a
 * server answers a range request with more than was asked: some S3-compatible servers ignore `Range`
 * or read `bytes=0-0` as the whole object.
 */
export function sliceStream(skip: number, length: number | undefined): Transform {
  let toSkip = skip;
  let left = length ?? Number.POSITIVE_INFINITY;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let part = chunk;
      if (toSkip > 0) {
        const skipped = Math.min(toSkip, part.length);
        toSkip -= skipped;
        part = part.subarray(skipped);
      }
      if (left < part.length) part = part.subarray(0, left);
      left -= part.length;
      done(null, part.length > 0 ? part : undefined);
    },
  });
}

/**
 * How far the answer to a range request overshoots it: the bytes to drop at its start and how many to
 * keep, or undefined when the server sent what was asked. `contentRange` is the `Content-Range` header
 * (`bytes 0-99/100`); without it the server sent the whole object.
 */
export function rangeOvershoot(
  requested: { start?: number; end?: number },
  contentRange: string | undefined,
): { skip: number; length: number | undefined } | undefined {
  const start = requested.start ?? 0;
  const match = /^bytes (\d+)-(\d+)\//.exec(contentRange ?? '');
  const sentStart = match ? Number(match[1]) : 0;
  const sentEnd = match ? Number(match[2]) : Number.POSITIVE_INFINITY;
  const wantedEnd = requested.end ?? Number.POSITIVE_INFINITY;
  if (sentStart === start && sentEnd <= wantedEnd) return undefined;
  const length = requested.end === undefined ? undefined : requested.end - start + 1;
  return { skip: start - sentStart, length };
}
