import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createDirectus,
  importFile,
  readAssetArrayBuffer,
  rest,
  staticToken,
  uploadFiles,
} from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './auth-fixture.js';
import {
  ADMIN_TOKEN,
  createFilesServer,
  type FilesServer,
  makeJpeg,
  multipartBody,
} from './files-fixture.js';

interface SdkSchema {
  directus_files: SdkFile[];
}
interface SdkFile {
  id: string;
  filename_disk: string;
  filesize: string | number;
  [field: string]: unknown;
}

/** The loopback address the "remote" test server listens on; the only one the import allow-list opens. */
const REMOTE_HOST = '127.0.0.5';

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port)),
  );
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/files over real HTTP (aborted uploads, @directus/sdk, imports)', '@plinth/server');

  describe.skipIf(!engine.url)(`/files over HTTP on ${engine.client}`, () => {
    let api: FilesServer;
    let base: string;
    let remote: Server;
    let remoteBase: string;
    let jpeg: Buffer;

    beforeAll(async () => {
      jpeg = await makeJpeg(400, 300);
      api = await createFilesServer(engine, { IMPORT_IP_ALLOW_LIST: REMOTE_HOST });
      await api.server.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(api.server.app.server.address() as AddressInfo).port}`;
      remote = createHttpServer((req, res) => {
        if (req.url === '/photo.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
        if (req.url === '/to-loopback') return res.writeHead(302, { location: `${base}/server/ping` }).end();
        if (req.url === '/to-metadata')
          return res.writeHead(301, { location: 'http://169.254.169.254/latest' }).end();
        if (req.url === '/to-localhost')
          return res.writeHead(302, { location: `http://localhost:${new URL(base).port}/` }).end();
        res.writeHead(404).end();
      });
      remoteBase = `http://${REMOTE_HOST}:${await listen(remote, REMOTE_HOST)}`;
    });
    afterAll(async () => {
      remote?.close();
      await api?.close();
    });

    it('leaves neither a row nor an object when the client aborts mid-upload', async () => {
      const rowsBefore = await api.database.kysely.selectFrom('directus_files').select('id').execute();
      const storedBefore = await api.stored();
      const boundary = `----plinth${randomUUID()}`;
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      );
      const { port } = new URL(base);
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/files',
        headers: {
          authorization: `Bearer ${ADMIN_TOKEN}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + 4 * 1024 * 1024 + 100),
        },
      });
      req.on('error', () => undefined);
      req.write(head);
      for (let i = 0; i < 16; i += 1) req.write(Buffer.alloc(64 * 1024, i));
      await sleep(300);
      // Part of the body is in the location's temporary area by now; then the client vanishes.
      const during = (await api.stored()).filter((name) => !storedBefore.includes(name));
      expect(during).toHaveLength(1);
      req.destroy();
      await sleep(500);
      expect(await api.database.kysely.selectFrom('directus_files').select('id').execute()).toHaveLength(
        rowsBefore.length,
      );
      expect(await api.stored()).toEqual(storedBefore);
      // The server is still fine.
      expect((await fetch(`${base}/server/ping`)).status).toBe(200);
    });

    it('works with @directus/sdk uploadFiles and a transformed asset URL', async () => {
      const client = createDirectus<SdkSchema>(base).with(staticToken(ADMIN_TOKEN)).with(rest());
      const form = new FormData();
      form.append('title', 'From the SDK');
      form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'sdk-photo.jpg');
      const file = (await client.request(uploadFiles(form))) as SdkFile;
      expect(file).toMatchObject({ title: 'From the SDK', type: 'image/jpeg', width: 400, height: 300 });

      const bytes = await client.request(
        readAssetArrayBuffer(file.id, { width: 100, height: 100, fit: 'cover', format: 'png' } as never),
      );
      const meta = await sharp(Buffer.from(bytes)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 100, 100]);
      const viaUrl = await fetch(
        `${base}/assets/${file.id}?width=120&format=webp&access_token=${ADMIN_TOKEN}`,
      );
      expect(viaUrl.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(Buffer.from(await viaUrl.arrayBuffer())).metadata()).width).toBe(120);
    });

    it('imports a file from an allowed URL, with the SDK', async () => {
      const client = createDirectus<SdkSchema>(base).with(staticToken(ADMIN_TOKEN)).with(rest());
      const file = (await client.request(
        importFile(`${remoteBase}/photo.jpg`, { title: 'Imported' }),
      )) as SdkFile;
      expect(file).toMatchObject({
        title: 'Imported',
        type: 'image/jpeg',
        filename_download: 'photo.jpg',
        width: 400,
        height: 300,
      });
      expect(Number(file.filesize)).toBe(jpeg.length);
      expect(await api.stored()).toContain(file.filename_disk);
    });

    it("imports through /graphql/system's import_file, and refuses a loopback URL in-band", async () => {
      const graphql = (query: string) =>
        api.call('POST', '/graphql/system', {
          payload: { query },
          headers: { 'content-type': 'application/json' },
        });
      const imported = await graphql(
        `mutation { import_file(url: "${remoteBase}/photo.jpg") { id title type width height filename_download filename_disk } }`,
      );
      const { data, errors } = imported.json();
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      expect(data.import_file).toMatchObject({
        title: 'Photo',
        filename_download: 'photo.jpg',
        type: 'image/jpeg',
        width: 400,
        height: 300,
      });
      expect(await api.stored()).toContain(data.import_file.filename_disk);

      const storedBefore = await api.stored();
      const refused = await graphql(`mutation { import_file(url: "${base}/server/ping") { id } }`);
      expect(refused.statusCode).toBe(200);
      expect(
        refused.json().errors.map((error: { extensions: { code: string } }) => error.extensions.code),
      ).toEqual(['SERVICE_UNAVAILABLE']);
      expect(await api.stored()).toEqual(storedBefore);
    });

    it('refuses imports that reach loopback, private, link-local or local names, redirects included', async () => {
      const storedBefore = await api.stored();
      const attempts = [
        `${base}/server/ping`,
        'http://10.0.0.1/file.jpg',
        'http://[::1]/x',
        'http://169.254.169.254/latest/meta-data',
        `http://localhost:${new URL(base).port}/server/ping`,
        `${remoteBase}/to-loopback`,
        `${remoteBase}/to-metadata`,
        `${remoteBase}/to-localhost`,
      ];
      for (const url of attempts) {
        const response = await api.call('POST', '/files/import', { payload: { url } });
        expect(response.statusCode, url).toBe(503);
        expect(codeOf(response), url).toBe('SERVICE_UNAVAILABLE');
      }
      for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'not a url']) {
        const response = await api.call('POST', '/files/import', { payload: { url } });
        expect(response.statusCode, url).toBe(400);
      }
      expect(await api.stored()).toEqual(storedBefore);
    });

    it('refuses imports from callers who may not create files before fetching anything', async () => {
      let hits = 0;
      const counter = createHttpServer((_req, res) => {
        hits += 1;
        res.end('x');
      });
      const port = await listen(counter, REMOTE_HOST);
      try {
        const response = await api.call('POST', '/files/import', {
          token: null,
          payload: { url: `http://${REMOTE_HOST}:${port}/x.txt` },
        });
        expect(response.statusCode).toBe(403);
        expect(hits).toBe(0);
      } finally {
        counter.close();
      }
    });

    it('answers a multipart upload over real HTTP like inject does', async () => {
      const body = multipartBody([
        { name: 'file', filename: 'wire.txt', type: 'text/plain', content: 'over the wire' },
      ]);
      const response = await fetch(`${base}/files`, {
        method: 'POST',
        headers: { ...body.headers, authorization: `Bearer ${ADMIN_TOKEN}` },
        body: body.payload,
      });
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as { data: { id: string } };
      const asset = await fetch(`${base}/assets/${data.id}`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(await asset.text()).toBe('over the wire');
    });
  });
}
