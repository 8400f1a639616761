import { InvalidQueryError } from '@plinth/errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { exportFileName } from '../lib/export/export-file-name.js';
import { EXPORT_WRITERS, toExportFormat } from '../lib/export/export-formats.js';

const READ_METHODS = new Set(['GET', 'SEARCH']);

/** The `export` a read asks for: in the query string, or in a SEARCH body's `query`. */
function requestedExport(request: FastifyRequest): unknown {
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.['export'];
  if (fromQuery !== undefined) return fromQuery;
  const body = request.body as { query?: Record<string, unknown> } | null | undefined;
  return typeof body?.query === 'object' && body.query !== null ? body.query['export'] : undefined;
}

/**
 * `?export=json|csv|csv_utf8|xml|yaml` on every read route: the answer's `data`, read as the caller
 * like any other read, is sent as a download (`Content-Disposition: attachment`) in that format.
 * Routes that write their own download (a `Content-Disposition` already set) are left alone.
 */
export const exportDownloadPlugin = fp(
  async (app: FastifyInstance) => {
    // Callback hooks: they run on every request, and a promise each would cost more than the check.
    app.addHook('preHandler', (request, _reply, done) => {
      const raw = READ_METHODS.has(request.method) ? requestedExport(request) : undefined;
      if (raw === undefined || raw === '' || toExportFormat(raw)) return done();
      done(
        new InvalidQueryError({
          reason: `"export" must be one of ${Object.keys(EXPORT_WRITERS).join(', ')}`,
        }),
      );
    });

    app.addHook('onSend', (request, reply, payload, done) => {
      const format =
        READ_METHODS.has(request.method) && reply.statusCode === 200
          ? toExportFormat(requestedExport(request))
          : undefined;
      const json = String(reply.getHeader('Content-Type') ?? '').startsWith('application/json');
      if (!format || !json || reply.hasHeader('Content-Disposition') || typeof payload !== 'string') {
        return done(null, payload);
      }
      const writer = EXPORT_WRITERS[format];
      let body: string;
      try {
        body = writer.write((JSON.parse(payload) as { data?: unknown }).data);
      } catch (error) {
        return done(error as Error);
      }
      const collection = (request.params as { collection?: string } | undefined)?.collection;
      reply.header(
        'Content-Disposition',
        `attachment; filename="${exportFileName(collection, writer.extension)}"`,
      );
      reply.type(writer.contentType);
      done(null, body);
    });
  },
  { name: 'plinth-export-download', fastify: '5.x' },
);
