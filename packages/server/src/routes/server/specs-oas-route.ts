import type { FastifyInstance } from 'fastify';
import { type OpenApiDocumentOptions, readOpenApiDocument } from './read-openapi-document.js';

/**
 * `GET /server/specs/oas`: the OpenAPI 3 document of the items API the caller may use, sent as it
 * is (no `data` envelope). Registered only when `OPENAPI_ENABLED` is on.
 */
export function createSpecsOasRoute(options: OpenApiDocumentOptions) {
  return async function specsOasRoute(app: FastifyInstance): Promise<void> {
    app.get('/server/specs/oas', (request) => readOpenApiDocument(request.ctx, options));
  };
}
