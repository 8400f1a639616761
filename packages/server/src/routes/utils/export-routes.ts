import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { FilesRuntime } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { toExportFormat } from '../../lib/export/export-formats.js';
import { type ExportRequest, notifyExportDone, writeExportFile } from '../../lib/export/write-export-file.js';
import { isRecord } from '../lib/crud-bodies.js';

type ExportRoute = { Params: { collection: string }; Body: unknown };

function toExportRequest(collection: string, body: unknown): ExportRequest {
  if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body must be an object' });
  const format = toExportFormat(body['format']);
  if (!format)
    throw new InvalidPayloadError({ reason: '"format" must be one of json, csv, csv_utf8, xml, yaml' });
  const query = body['query'] ?? {};
  if (!isRecord(query)) throw new InvalidPayloadError({ reason: '"query" must be an object' });
  const file = body['file'] ?? {};
  if (!isRecord(file)) throw new InvalidPayloadError({ reason: '"file" must be an object' });
  return { collection, format, query, file };
}

/**
 * `POST /utils/export/:collection {query, format, file?}`: answers 204 at once, then reads the items
 * as the caller, stores them as a new file (with the `file` fields) and notifies the caller.
 */
export function createExportRoutes(runtime: FilesRuntime) {
  return async function exportRoutes(app: FastifyInstance): Promise<void> {
    app.post<ExportRoute>('/utils/export/:collection', async (request, reply) => {
      const { ctx, params } = request;
      if (!ctx.schema.collections[params.collection] || params.collection.startsWith('directus_')) {
        throw new ForbiddenError();
      }
      const exportRequest = toExportRequest(params.collection, request.body);
      reply.code(204).send();
      try {
        const file = await writeExportFile(ctx, runtime, exportRequest);
        await notifyExportDone(ctx, params.collection, { file });
      } catch (error) {
        request.log.warn({ err: error }, `export of ${params.collection} failed`);
        await notifyExportDone(ctx, params.collection, { error }).catch((notifyError: unknown) =>
          request.log.error({ err: notifyError }, 'export failure notification failed'),
        );
      }
      return reply;
    });
  };
}
