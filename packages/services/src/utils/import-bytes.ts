import { ContentTooLargeError } from '@plinth/errors';

/** The bytes of an import file, as a stream or already in memory. */
export type ImportBytes = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/** The same bytes, failing with CONTENT_TOO_LARGE (413) once more than `maxBytes` went through. */
export async function* limitBytes(source: ImportBytes, maxBytes: number | undefined): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    seen += bytes.length;
    if (maxBytes !== undefined && seen > maxBytes) throw new ContentTooLargeError();
    yield bytes;
  }
}

/** All the bytes of an import file in one buffer. */
export async function readAllBytes(source: ImportBytes): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
