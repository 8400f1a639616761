import type { Readable } from 'node:stream';
import {
  parseAssetQuery,
  resolveAssetTransform,
  resolveTransformPlan,
  type TransformPlan,
  toTransformCacheKey,
  transformImage,
} from '@plinth/assets';
import { ForbiddenError } from '@plinth/errors';
import type { StorageDriver } from '@plinth/storage';
import type { ServiceContext } from '../context/service-context.js';
import { readItem } from '../items/read-item.js';
import type { FilesRuntime } from './files-runtime.js';
import { filesContext } from './lib/files-context.js';
import type { parseRange, ServedRange } from './lib/parse-range.js';
import { readAssetSettings } from './lib/read-asset-settings.js';

/** What `/assets/:id` asks for, HTTP already taken apart. */
export interface AssetRequest {
  /** The path's id; only its first 36 characters count. */
  id: string;
  /** The query string as parsed. */
  query: Readonly<Record<string, unknown>>;
  /** The `Accept` header, for `format=auto`. */
  accept?: string | undefined;
}

/** The `directus_files` columns an asset response is built from. */
export interface AssetFile {
  id: string;
  filename_download: string;
  type: string | null;
  modified_on: Date;
}

/** An asset ready to send: its facts now, its bytes when {@link OpenedAsset.open} is called. */
export interface OpenedAsset {
  file: AssetFile;
  /** MIME type of what `open` yields (a transform's output type). */
  contentType: string;
  /** Size of the whole object served (the original or the cached variant). */
  size: number;
  /** Whether a `Range` may pick bytes out of it: only an original, never a transform. */
  rangeable: boolean;
  /** `download` was in the query. */
  download: boolean;
  /** `format=auto` looked at `Accept`. */
  varyOnAccept: boolean;
  /** Streams the object, or `range` of it (see {@link parseRange}). */
  open(range?: ServedRange): Promise<Readable>;
}

interface FileRow {
  id: string;
  storage: string;
  filename_disk: string | null;
  filename_download: string;
  type: string | null;
  width: number | null;
  height: number | null;
  focal_point_x: number | null;
  focal_point_y: number | null;
  modified_on: string | Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opens a file's bytes for `GET /assets/:id` (§10.2). The caller must be able to read the file's
 * `directus_files` row (their read permission, row filter included); a missing file, a malformed id or
 * missing bytes are the same 403. With transform parameters, the variant is looked up in the file's
 * location under its cache key and, on a miss, transformed once and stored there, then served from
 * storage. `Range` is the caller's to read with {@link parseRange}, and applies only when `rangeable`.
 *
 * @throws FORBIDDEN; INVALID_QUERY / ILLEGAL_ASSET_TRANSFORMATION (400) for bad parameters;
 * UNSUPPORTED_MEDIA_TYPE (415) for a stored file that is not the image its
 * type says; SERVICE_UNAVAILABLE (503) when a transform times out.
 */
export async function openAsset(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  request: AssetRequest,
): Promise<OpenedAsset> {
  const id = request.id.slice(0, 36);
  if (!UUID.test(id)) throw new ForbiddenError();
  const query = parseAssetQuery(request.query, runtime.transformLimits);
  const base = filesContext(ctx);
  await readItem(base, 'directus_files', id, { fields: ['id'] });
  const row = (await base.db
    .selectFrom('directus_files')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as FileRow | undefined;
  if (!row?.filename_disk || !runtime.storage.has(row.storage)) throw new ForbiddenError();
  const driver = runtime.storage.location(row.storage);
  const diskName = row.filename_disk;

  const params = resolveAssetTransform(query, await readAssetSettings(base.db), runtime.transformLimits);
  const plan = resolveTransformPlan(params, row, {
    accept: request.accept,
    maxDimension: runtime.transformLimits.maxDimension,
  });
  const file: AssetFile = {
    id,
    filename_download: row.filename_download,
    type: row.type,
    modified_on: new Date(row.modified_on),
  };
  const common = { file, download: query.download, varyOnAccept: plan?.varyOnAccept ?? false };

  if (plan) {
    const cacheKey = await cachedVariant(driver, diskName, plan, runtime);
    const { size } = await driver.stat(cacheKey);
    return {
      ...common,
      contentType: plan.contentType,
      size,
      rangeable: false,
      open: () => driver.read(cacheKey),
    };
  }
  return {
    ...common,
    contentType: row.type ?? 'application/octet-stream',
    size: await statOrForbidden(driver, diskName),
    rangeable: true,
    open: (range) => driver.read(diskName, range),
  };
}

async function statOrForbidden(driver: StorageDriver, key: string): Promise<number> {
  try {
    return (await driver.stat(key)).size;
  } catch {
    throw new ForbiddenError();
  }
}

/** The variant's key, transforming and storing it first when it is not cached yet. */
async function cachedVariant(
  driver: StorageDriver,
  diskName: string,
  plan: TransformPlan,
  runtime: FilesRuntime,
): Promise<string> {
  const cacheKey = toTransformCacheKey(diskName, plan);
  if (await driver.exists(cacheKey)) return cacheKey;
  await statOrForbidden(driver, diskName);
  const { stream } = await transformImage(await driver.read(diskName), plan, runtime.transform);
  await driver.write(cacheKey, stream, { contentType: plan.contentType });
  return cacheKey;
}
