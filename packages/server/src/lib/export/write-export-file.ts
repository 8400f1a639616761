import { Readable } from 'node:stream';
import {
  createSystemItem,
  type FilesRuntime,
  notificationsCollection,
  readItems,
  type ServiceContext,
  uploadFile,
} from '@plinth/services';
import type { ExportFormat, PrimaryKey } from '@plinth/types';
import { exportFileName } from './export-file-name.js';
import { EXPORT_WRITERS } from './export-formats.js';

/** What `POST /utils/export/:collection` asks for, checked. */
export interface ExportRequest {
  collection: string;
  format: ExportFormat;
  query: Record<string, unknown>;
  /** `directus_files` fields for the new file (`title`, `folder`, `storage`, ...). */
  file: Record<string, unknown>;
}

/**
 * Reads the items as the caller (every row the query matches unless it sets a `limit`), writes them
 * in the format as a new file through the files service, as the caller, and returns the file's key.
 */
export async function writeExportFile(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  request: ExportRequest,
): Promise<PrimaryKey> {
  const { collection, format, query, file } = request;
  const { data } = await readItems(ctx, collection, { limit: -1, ...query });
  const writer = EXPORT_WRITERS[format];
  // Through JSON first, so the file holds exactly what `?export=` would send (dates as ISO text).
  const wireData: unknown = JSON.parse(JSON.stringify(data));
  return uploadFile(ctx, runtime, {
    stream: Readable.from([Buffer.from(writer.write(wireData), 'utf8')]),
    filename: exportFileName(collection, writer.extension),
    type: writer.contentType,
    fields: file,
  });
}

/** Tells the caller, in `directus_notifications`, that their export is ready or why it failed. */
export async function notifyExportDone(
  ctx: ServiceContext,
  collection: string,
  outcome: { file: PrimaryKey } | { error: unknown },
): Promise<void> {
  const recipient = ctx.accountability?.user;
  if (!recipient) return;
  const done = 'file' in outcome;
  const reason = done ? '' : outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
  await createSystemItem({ ...ctx, accountability: null }, notificationsCollection, {
    recipient,
    subject: done ? `Your export of ${collection} is ready` : `Your export of ${collection} failed`,
    message: done ? `The export is the file ${outcome.file}.` : `The export could not be written: ${reason}`,
    collection: done ? 'directus_files' : collection,
    item: done ? String(outcome.file) : null,
  });
}
