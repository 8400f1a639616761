import { InvalidPayloadError, isPlinthError } from '@plinth/errors';
import type { FileUpload } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyRequest } from 'fastify';
import { toFormValue } from './to-form-value.js';

const BODY_FAILURE = /unexpected end of|malformed|multipart|boundary|aborted|premature close/i;

/** Busboy's and the multipart plugin's complaints about a cut-off or malformed body: the client's fault. */
function isBodyError(error: unknown): error is Error & { code?: string } {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && code.startsWith('FST_')) || BODY_FAILURE.test(error.message);
}

/**
 * Walks a multipart body in order (§10.1): text fields collect until a file part, which is handed to
 * `store` with them and resets them, so `title=A, file, title=B, file` titles each file. Each file is
 * stored before the next part is read; nothing is buffered. Returns the keys `store` returned.
 *
 * @throws INVALID_PAYLOAD for a file part without a file name, no file part at all, or a malformed
 * body; what `store` throws.
 */
export async function readFileParts(
  request: FastifyRequest,
  store: (upload: FileUpload) => Promise<PrimaryKey>,
): Promise<PrimaryKey[]> {
  const keys: PrimaryKey[] = [];
  let fields: Record<string, unknown> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        // A field named `__proto__` would replace the object's prototype rather than set a field.
        if (part.fieldname === '__proto__') continue;
        fields[part.fieldname] = typeof part.value === 'string' ? toFormValue(part.value) : part.value;
        continue;
      }
      if (!part.filename) {
        part.file.resume();
        throw new InvalidPayloadError({ reason: 'A file part needs a file name' });
      }
      keys.push(await store({ stream: part.file, filename: part.filename, type: part.mimetype, fields }));
      fields = {};
    }
  } catch (error) {
    if (isPlinthError(error) || !isBodyError(error)) throw error;
    throw new InvalidPayloadError({ reason: `Malformed multipart body: ${error.message}` }, { cause: error });
  }
  if (keys.length === 0) throw new InvalidPayloadError({ reason: 'No files were included in the body' });
  return keys;
}
