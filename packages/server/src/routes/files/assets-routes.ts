import { isPlinthError } from '@plinth/errors';
import {
  type FilesRuntime,
  type OpenedAsset,
  openAsset,
  parseRange,
  type ServedRange,
} from '@plinth/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentSecurityPolicy } from './lib/assets-content-security-policy.js';
import { contentDisposition } from './lib/content-disposition.js';
import { isNotModified } from './lib/is-not-modified.js';

/** Options of {@link createAssetsRoutes}, from configuration. */
export interface AssetsRoutesOptions {
  /** `ASSETS_CACHE_TTL` in milliseconds: the `max-age` of answers. */
  cacheTtlMs: number;
  /** `ASSETS_CACHE_REVALIDATE`: `max-age=0, must-revalidate` instead. */
  revalidate: boolean;
  /** From `ASSETS_CONTENT_SECURITY_POLICY_*`. @default `default-src 'none'` */
  contentSecurityPolicy?: ContentSecurityPolicy;
}

type AssetRoute = { Params: { id: string; '*'?: string }; Querystring: Record<string, unknown> };

/**
 * `GET` (and `HEAD`) `/assets/:id[/:filename]` (§10.2): the file's bytes, or a transformed and cached
 * variant, with `Content-Type`, `Content-Length`, `Accept-Ranges`, `Range` → 206, `ETag` and
 * `Last-Modified` with conditional 304s, `Cache-Control`, a strict CSP, and `download` → attachment.
 * An unsatisfiable `Range` is a 416 with `Content-Range: bytes *\/<size>`. The optional `/:filename`
 * segment becomes the download name.
 */
export function createAssetsRoutes(runtime: FilesRuntime, options: AssetsRoutesOptions) {
  const maxAge = Math.floor(options.cacheTtlMs / 1000);
  const csp = options.contentSecurityPolicy ?? {
    header: 'content-security-policy',
    value: "default-src 'none'",
  };

  async function serve(request: FastifyRequest<AssetRoute>, reply: FastifyReply) {
    const { headers } = request;
    const asset = await openAsset(request.ctx, runtime, {
      id: request.params.id,
      query: request.query,
      accept: headers.accept,
    });
    const modified = asset.file.modified_on;
    const etag = `"${Math.floor(modified.getTime() / 1000)}"`;
    const visibility = request.ctx.accountability?.role ? 'private' : 'public';
    const name = request.params['*'] || asset.file.filename_download;
    reply.headers({
      'content-type': asset.contentType,
      'content-disposition': contentDisposition(asset.download ? 'attachment' : 'inline', name),
      'accept-ranges': 'bytes',
      'last-modified': modified.toUTCString(),
      etag,
      'cache-control': options.revalidate ? 'max-age=0, must-revalidate' : `${visibility}, max-age=${maxAge}`,
      [csp.header]: csp.value,
      'x-content-type-options': 'nosniff',
    });
    if (asset.varyOnAccept) reply.header('vary', 'Accept');
    if (isNotModified(headers, etag, modified)) return reply.code(304).send();

    const range = readRange(asset, headers.range, reply);
    if (range) {
      reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${asset.size}`);
    }
    reply.header('content-length', range ? range.end - range.start + 1 : asset.size);
    if (request.method === 'HEAD') return reply.send();
    return reply.send(await asset.open(range));
  }

  return async function assetsRoutes(app: FastifyInstance): Promise<void> {
    app.get<AssetRoute>('/assets/:id', serve);
    app.get<AssetRoute>('/assets/:id/*', serve);
  };
}

/** The bytes `Range` asks for; an unsatisfiable one is refused with the size in `Content-Range`. */
function readRange(
  asset: OpenedAsset,
  header: string | undefined,
  reply: FastifyReply,
): ServedRange | undefined {
  if (!asset.rangeable) return undefined;
  try {
    return parseRange(header, asset.size);
  } catch (error) {
    if (isPlinthError(error, 'RANGE_NOT_SATISFIABLE')) reply.header('content-range', `bytes */${asset.size}`);
    throw error;
  }
}
