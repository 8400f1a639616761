import multipart from '@fastify/multipart';
import { InvalidPayloadError } from '@plinth/errors';
import {
  createFileRecords,
  deleteFiles,
  type FilesRuntime,
  filesCollection,
  importFile,
  readSystemItem,
  readSystemItems,
  readSystemItemsByKeys,
  replaceFile,
  updateSystemBatch,
  updateSystemItem,
  updateSystemItemsByKeys,
  updateSystemItemsByQuery,
  uploadFile,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRecord, reread, toSearchBody, toSelection, withErrorList } from '../lib/crud-bodies.js';
import { readFileParts } from './lib/read-file-parts.js';

type ByBase = { Querystring: Record<string, unknown> };
type ByKey = ByBase & { Params: { key: string } };

/** One key answers with an object, several with an array (§10.1). */
async function answerKeys(request: FastifyRequest<ByBase>, reply: FastifyReply, keys: PrimaryKey[]) {
  const { ctx, query } = request;
  if (keys.length === 1) return reread(reply, () => readSystemItem(ctx, filesCollection, keys[0]!, query));
  return reread(reply, () => readSystemItemsByKeys(ctx, filesCollection, keys, query));
}

/**
 * `/files`: multipart uploads streamed to storage (one or several files, fields before each file),
 * bare records from JSON, `/files/import` from a URL, the standard reads and metadata updates, bytes
 * replaced by a multipart `PATCH /files/:id`, and deletes that remove the stored objects after the
 * commit.
 */
export function createFilesRoutes(runtime: FilesRuntime) {
  async function patchMany(request: FastifyRequest<ByBase>, reply: FastifyReply) {
    const { ctx, body, query } = request;
    let keys: PrimaryKey[];
    if (Array.isArray(body)) keys = await updateSystemBatch(ctx, filesCollection, body);
    else if (isRecord(body)) {
      const selection = toSelection(body);
      if (!isRecord(body['data'])) throw new InvalidPayloadError({ reason: '"data" is required' });
      keys =
        'keys' in selection
          ? await updateSystemItemsByKeys(ctx, filesCollection, selection.keys, body['data'])
          : await updateSystemItemsByQuery(ctx, filesCollection, selection.query, body['data']);
    } else throw new InvalidPayloadError({ reason: 'The body has to be an array or an object' });
    return reread(reply, () => readSystemItemsByKeys(ctx, filesCollection, keys, query));
  }

  async function deleteMany(request: FastifyRequest<ByBase>, reply: FastifyReply) {
    const { ctx, body } = request;
    const onError = (error: unknown) => request.log.warn({ err: error }, 'could not remove a stored file');
    if (Array.isArray(body)) await deleteFiles(ctx, runtime, { keys: body as PrimaryKey[] }, onError);
    else if (isRecord(body)) await deleteFiles(ctx, runtime, toSelection(body), onError);
    else throw new InvalidPayloadError({ reason: 'The body has to be an array of keys or an object' });
    return reply.code(204).send();
  }

  return async function filesRoutes(app: FastifyInstance): Promise<void> {
    // Limits are the services' (FILES_MAX_UPLOAD_SIZE answers 413 mid-stream); the plugin's own 1 MB
    // default would cut uploads short.
    await app.register(multipart, { limits: { fileSize: Number.POSITIVE_INFINITY } });
    if (!app.supportedMethods.includes('SEARCH')) app.addHttpMethod('SEARCH', { hasBody: true });

    app.get<ByBase>('/files', (request) => readSystemItems(request.ctx, filesCollection, request.query));
    app.route<ByBase>({
      method: 'SEARCH',
      url: '/files',
      handler: async (request) => {
        const body = toSearchBody(request.body);
        if (body && 'keys' in body) {
          return {
            data: await readSystemItemsByKeys(request.ctx, filesCollection, body.keys, request.query),
          };
        }
        return readSystemItems(request.ctx, filesCollection, body ? body.query : request.query);
      },
    });
    app.get<ByKey>('/files/:key', async (request) => ({
      data: await readSystemItem(request.ctx, filesCollection, request.params.key, request.query),
    }));

    app.post<ByBase>('/files', (request, reply) =>
      withErrorList(async () => {
        const keys = request.isMultipart()
          ? await readFileParts(request, (upload) => uploadFile(request.ctx, runtime, upload))
          : await createFileRecords(request.ctx, runtime, request.body);
        if (!request.isMultipart() && Array.isArray(request.body)) {
          return reread(reply, () =>
            readSystemItemsByKeys(request.ctx, filesCollection, keys, request.query),
          );
        }
        return answerKeys(request, reply, keys);
      }),
    );
    app.post<ByBase>('/files/import', async (request, reply) => {
      const body = request.body;
      if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body has to be an object' });
      const key = await importFile(request.ctx, runtime, { url: body['url'], data: body['data'] });
      return answerKeys(request, reply, [key]);
    });

    app.patch<ByBase>('/files', (request, reply) => withErrorList(() => patchMany(request, reply)));
    app.patch<ByKey>('/files/:key', (request, reply) =>
      withErrorList(async () => {
        const { ctx, params, body } = request;
        let key: PrimaryKey;
        if (request.isMultipart()) {
          const keys = await readFileParts(request, (upload) =>
            replaceFile(ctx, runtime, params.key, upload),
          );
          key = keys.at(-1)!;
        } else {
          if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body has to be an object' });
          key = await updateSystemItem(ctx, filesCollection, params.key, body);
        }
        return answerKeys(request, reply, [key]);
      }),
    );

    app.delete<ByBase>('/files', (request, reply) => withErrorList(() => deleteMany(request, reply)));
    app.delete<ByKey>('/files/:key', async (request, reply) => {
      await deleteFiles(request.ctx, runtime, { keys: [request.params.key] }, (error) =>
        request.log.warn({ err: error }, 'could not remove a stored file'),
      );
      return reply.code(204).send();
    });
  };
}
