import type { ServiceContext } from '@plinth/services';
import { buildOpenApiDocument } from './build-openapi-document.js';
import { fetchOasAccess } from './oas-access.js';

/** What the OpenAPI document states about the server itself. */
export interface OpenApiDocumentOptions {
  /** The server's public address (`PUBLIC_URL`), the document's server. */
  publicUrl: string;
  /** The running version, shown as the document's version. */
  version: string;
}

/** The OpenAPI document of the items API as the caller of `ctx` may use it. */
export async function readOpenApiDocument(
  ctx: ServiceContext,
  options: OpenApiDocumentOptions,
): Promise<Record<string, unknown>> {
  const access = await fetchOasAccess(ctx);
  return buildOpenApiDocument({ schema: ctx.schema, access, ...options });
}
