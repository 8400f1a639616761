import { Transform } from 'node:stream';
import { ContentTooLargeError } from '@plinth/errors';

/**
 * A pass-through that fails with CONTENT_TOO_LARGE (413) as soon as more than `maxBytes` went
 * through it, so an oversize upload stops mid-stream instead of filling the storage first.
 */
export function limitSize(maxBytes: number | undefined): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (maxBytes !== undefined && seen > maxBytes) return done(new ContentTooLargeError());
      done(null, chunk);
    },
  });
}
