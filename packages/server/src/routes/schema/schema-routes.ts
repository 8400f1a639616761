import multipart from '@fastify/multipart';
import { InvalidPayloadError } from '@plinth/errors';
import { applySchemaDiff, createSnapshot, diffSchema, toSnapshotYaml } from '@plinth/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Largest snapshot file accepted by `POST /schema/diff` as an upload. */
const MAX_SNAPSHOT_FILE_BYTES = 50 * 1024 * 1024;

/** `?force`, `?force=true` and `?force=1` all count; `?force=false` does not. */
function isForced(query: unknown): boolean {
  const force = (query as { force?: unknown }).force;
  return force !== undefined && force !== 'false' && force !== '0' && force !== false;
}

async function readSnapshotBody(request: FastifyRequest): Promise<unknown> {
  if (!request.isMultipart()) return request.body;
  const file = await request.file();
  if (!file) throw new InvalidPayloadError({ reason: 'Upload a snapshot file (JSON or YAML)' });
  return file.toBuffer();
}

/**
 * `/schema/snapshot`, `/schema/diff` and `/schema/apply`: moving a data model between projects.
 * Admins only (the services check).
 */
export function createSchemaRoutes(version: string) {
  return async function schemaRoutes(app: FastifyInstance): Promise<void> {
    await app.register(multipart, { limits: { files: 1, fileSize: MAX_SNAPSHOT_FILE_BYTES } });

    app.get<{ Querystring: { export?: string } }>('/schema/snapshot', async (request, reply) => {
      const snapshot = createSnapshot(request.ctx, version);
      const format = request.query.export;
      if (format !== 'yaml' && format !== 'json') return { data: snapshot };
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      reply.header('Content-Disposition', `attachment; filename="snapshot ${stamp}.${format}"`);
      if (format === 'yaml') return reply.type('text/yaml; charset=utf-8').send(toSnapshotYaml(snapshot));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(snapshot, null, 2));
    });

    app.post('/schema/diff', async (request, reply) => {
      const result = diffSchema(request.ctx, await readSnapshotBody(request), version);
      if (!result) return reply.code(204).send();
      return { data: result };
    });

    app.post('/schema/apply', async (request, reply) => {
      await applySchemaDiff(request.ctx, request.body, { force: isForced(request.query), version });
      return reply.code(204).send();
    });
  };
}
