import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestEngine } from '@plinth/test-kit';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { ADMIN_ROLE, type AuthServer, createAuthServer, POLICY } from './auth-fixture.js';

export const ADMIN_TOKEN = 'files-admin-token';
export const EDITOR_TOKEN = 'files-editor-token';

/** A server whose `local` location is a fresh temporary folder, with an admin and an editor. */
export interface FilesServer extends AuthServer {
  /** The folder behind the `local` location. */
  root: string;
  /** The object names stored in the location, sorted. */
  stored(): Promise<string[]>;
  /** Sends a request as the admin unless `token` says otherwise (`null`: anonymous). */
  call(
    method: string,
    url: string,
    options?: { token?: string | null; payload?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  /** Lets the editor's policy do `action` on `collection`. */
  allowEditor(collection: string, action: string, permissions?: unknown): Promise<void>;
}

export async function createFilesServer(
  engine: TestEngine,
  settings: Record<string, string> = {},
): Promise<FilesServer> {
  const root = await mkdtemp(join(tmpdir(), 'plinth-files-'));
  const api = await createAuthServer(engine, { STORAGE_LOCAL_ROOT: root, ...settings });
  await api.addUser({ email: 'files-admin@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
  await api.addUser({ email: 'files-editor@example.com', token: EDITOR_TOKEN });
  return {
    ...api,
    root,
    async stored() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
        .sort();
    },
    call(method, url, { token = ADMIN_TOKEN, payload, headers = {} } = {}) {
      return api.server.app.inject({
        method: method as 'GET',
        url,
        headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
        ...(payload === undefined ? {} : { payload: payload as string }),
      });
    },
    async allowEditor(collection, action, permissions = null) {
      await api.database.kysely
        .insertInto('directus_permissions')
        .values({
          policy: POLICY,
          collection,
          action,
          fields: '*',
          permissions: permissions === null ? null : JSON.stringify(permissions),
        })
        .execute();
      await api.server.app.plinth.permissions.invalidate();
    },
    async close() {
      await api.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** One part of a multipart body: a text field, or a file with its name and type. */
export type Part =
  | { name: string; value: string }
  | { name: string; filename: string; type: string; content: Buffer | string };

/** A multipart/form-data body and its content type. */
export function multipartBody(parts: readonly Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----plinth${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
      );
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`,
        ),
        Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content),
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A JPEG of the given size with EXIF camera tags, generated with sharp. */
export function makeJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .withExifMerge({ IFD0: { Make: 'PlinthCam', Model: 'Test 1' } })
    .jpeg()
    .toBuffer();
}
