import multipart from '@fastify/multipart';
import { InvalidPayloadError, UnsupportedMediaTypeError } from '@plinth/errors';
import { importItems } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { withErrorList } from '../lib/crud-bodies.js';

/** Options of {@link createImportRoute}. */
export interface ImportRouteOptions {
  /** Validation failures collected from one import (`MAX_IMPORT_ERRORS`). @default 1000 */
  maxErrors?: number | undefined;
  /** Largest import file in bytes (`FILES_MAX_UPLOAD_SIZE`). @default no limit */
  maxBytes?: number | undefined;
}

type ImportRequest = { Params: { collection: string }; Querystring: { background?: string } };

const isOn = (flag: string | undefined) => flag !== undefined && flag !== 'false' && flag !== '0';

/**
 * `POST /utils/import/:collection`: one multipart file part, JSON (an array of items) or CSV, imported as
 * the caller in one transaction; 200 with an empty body. `?background=true` answers once the file is
 * received and imports afterwards, logging a failure.
 */
export function createImportRoute(options: ImportRouteOptions = {}) {
  return async function importRoute(app: FastifyInstance): Promise<void> {
    // The size limit is the service's (413 mid-stream); the plugin's own 1 MB default would cut files short.
    await app.register(multipart, { limits: { files: 1, fileSize: Number.POSITIVE_INFINITY } });

    app.post<ImportRequest>('/utils/import/:collection', async (request, reply) => {
      if (!request.isMultipart()) {
        const mediaType = request.headers['content-type'] ?? 'none';
        throw new UnsupportedMediaTypeError({ mediaType, where: '"Content-Type" header' });
      }
      const part = await request.file();
      if (!part) throw new InvalidPayloadError({ reason: 'No file was included in the body' });
      const file = { mediaType: part.mimetype, content: part.file };
      await withErrorList(() =>
        importItems(request.ctx, request.params.collection, file, {
          maxErrors: options.maxErrors,
          maxBytes: options.maxBytes,
          background: isOn(request.query.background),
          onBackgroundError: (error) => request.log.error({ err: error }, 'background import failed'),
        }).catch((error: unknown) => {
          // A refused import leaves the rest of the upload unread; drain it so the answer can go out.
          part.file.resume();
          throw error;
        }),
      );
      return reply.code(200).send();
    });
  };
}
