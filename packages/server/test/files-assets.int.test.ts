import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './auth-fixture.js';
import {
  createFilesServer,
  EDITOR_TOKEN,
  type FilesServer,
  makeJpeg,
  multipartBody,
} from './files-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/assets tests', '@plinth/server');

  describe.skipIf(!engine.url)(`/assets on ${engine.client}`, () => {
    let api: FilesServer;
    let imageId: string;
    let textId: string;
    const text = 'The quick brown fox jumps over the lazy dog';

    beforeAll(async () => {
      api = await createFilesServer(engine, { ASSETS_CACHE_TTL: '1h' });
      const image = await api.call(
        'POST',
        '/files',
        multipartBody([
          {
            name: 'file',
            filename: 'cover photo.jpg',
            type: 'image/jpeg',
            content: await makeJpeg(800, 600),
          },
        ]),
      );
      imageId = image.json().data.id;
      const doc = await api.call(
        'POST',
        '/files',
        multipartBody([{ name: 'file', filename: 'fox.txt', type: 'text/plain', content: text }]),
      );
      textId = doc.json().data.id;
    });
    afterAll(async () => {
      await api?.close();
    });

    it('streams the original with its headers', async () => {
      const response = await api.call('GET', `/assets/${textId}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(text);
      expect(response.headers).toMatchObject({
        'content-type': 'text/plain',
        'content-length': String(text.length),
        'accept-ranges': 'bytes',
        'cache-control': 'private, max-age=3600',
        'content-security-policy': "default-src 'none'",
      });
      expect(response.headers['content-disposition']).toMatch(/^inline; filename="fox.txt"/);
      expect(response.headers.etag).toMatch(/^"\d+"$/);
      expect(Date.parse(response.headers['last-modified'] as string)).not.toBeNaN();

      const download = await api.call('GET', `/assets/${textId}/renamed.txt?download`);
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="renamed.txt"/);
      const head = await api.call('HEAD', `/assets/${textId}`);
      expect(head.statusCode).toBe(200);
      expect(head.body).toBe('');
    });

    it('answers Range with 206 and an impossible range with 416', async () => {
      const partial = await api.call('GET', `/assets/${textId}`, { headers: { range: 'bytes=4-8' } });
      expect(partial.statusCode).toBe(206);
      expect(partial.body).toBe('quick');
      expect(partial.headers['content-range']).toBe(`bytes 4-8/${text.length}`);
      expect(partial.headers['content-length']).toBe('5');
      const suffix = await api.call('GET', `/assets/${textId}`, { headers: { range: 'bytes=-3' } });
      expect(suffix.body).toBe('dog');
      const outside = await api.call('GET', `/assets/${textId}`, { headers: { range: 'bytes=500-600' } });
      expect(outside.statusCode).toBe(416);
      expect(codeOf(outside)).toBe('RANGE_NOT_SATISFIABLE');
      expect(outside.headers['content-range']).toBe(`bytes */${text.length}`);
    });

    it('answers 304 to If-None-Match and If-Modified-Since', async () => {
      const first = await api.call('GET', `/assets/${textId}`);
      const etag = first.headers.etag as string;
      const again = await api.call('GET', `/assets/${textId}`, { headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const other = await api.call('GET', `/assets/${textId}`, { headers: { 'if-none-match': '"1"' } });
      expect(other.statusCode).toBe(200);
      const since = await api.call('GET', `/assets/${textId}`, {
        headers: { 'if-modified-since': first.headers['last-modified'] as string },
      });
      expect(since.statusCode).toBe(304);
    });

    it('transforms an image, caches the variant in storage and serves it from there', async () => {
      const before = await api.stored();
      const url = `/assets/${imageId}?width=200&height=100&fit=cover&format=webp&quality=70`;
      const cold = await api.call('GET', url);
      expect(cold.statusCode).toBe(200);
      expect(cold.headers['content-type']).toBe('image/webp');
      const meta = await sharp(cold.rawPayload).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 200, 100]);

      const variants = (await api.stored()).filter((name) => !before.includes(name));
      expect(variants).toHaveLength(1);
      expect(variants[0]).toMatch(new RegExp(`^${imageId}__[0-9a-f]{40}\\.webp$`));

      // A second request is the stored variant: make that visible by changing its bytes in place.
      const { writeFile } = await import('node:fs/promises');
      const marker = await sharp({ create: { width: 3, height: 3, channels: 3, background: '#000' } })
        .webp()
        .toBuffer();
      await writeFile(`${api.root}/${variants[0]}`, marker);
      const warm = await api.call('GET', url);
      expect(warm.statusCode).toBe(200);
      expect(warm.rawPayload.equals(marker)).toBe(true);
      expect(warm.headers['content-length']).toBe(String(marker.length));
    });

    it('negotiates format=auto from Accept and says it varies', async () => {
      const response = await api.call('GET', `/assets/${imageId}?width=50&format=auto`, {
        headers: { accept: 'image/avif,image/webp,*/*' },
      });
      expect(response.headers['content-type']).toBe('image/avif');
      expect(response.headers.vary).toBe('Accept');
      const presets = await api.call('GET', `/assets/${imageId}?key=system-small-cover`, {
        headers: { accept: 'image/webp' },
      });
      expect(presets.headers['content-type']).toBe('image/webp');
      expect((await sharp(presets.rawPayload).metadata()).width).toBe(64);
    });

    it('refuses bad transforms clearly', async () => {
      const huge = await api.call('GET', `/assets/${imageId}?width=100000`);
      expect(huge.statusCode).toBe(400);
      expect(codeOf(huge)).toBe('ILLEGAL_ASSET_TRANSFORMATION');
      const method = await api.call(
        'GET',
        `/assets/${imageId}?transforms=${encodeURIComponent('[["toFile","/tmp/x"]]')}`,
      );
      expect(method.statusCode).toBe(400);
      expect(codeOf(method)).toBe('INVALID_QUERY');
      const unknownKey = await api.call('GET', `/assets/${imageId}?key=nope`);
      expect(unknownKey.statusCode).toBe(400);
    });

    it('answers 415 for a stored "image" that is not one', async () => {
      const fake = await api.call(
        'POST',
        '/files',
        multipartBody([
          { name: 'file', filename: 'broken.jpg', type: 'image/jpeg', content: 'not a jpeg at all' },
        ]),
      );
      expect(fake.statusCode).toBe(200);
      const id = fake.json().data.id;
      expect((await api.call('GET', `/assets/${id}`)).statusCode).toBe(200);
      // Without a known size no plan can be made: the reference's 400 for an impossible transform.
      const transformed = await api.call('GET', `/assets/${id}?width=10`);
      expect([400, 415]).toContain(transformed.statusCode);
    });

    it('checks read permission: anonymous and the editor are refused until allowed, then pass', async () => {
      expect((await api.call('GET', `/assets/${textId}`, { token: null })).statusCode).toBe(403);
      expect((await api.call('GET', `/assets/${textId}`, { token: EDITOR_TOKEN })).statusCode).toBe(403);
      await api.allowEditor('directus_files', 'read', { type: { _eq: 'text/plain' } });
      const allowed = await api.call('GET', `/assets/${textId}?access_token=${EDITOR_TOKEN}`, {
        token: null,
      });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.body).toBe(text);
      // The row filter applies: the image is not text/plain.
      expect((await api.call('GET', `/assets/${imageId}`, { token: EDITOR_TOKEN })).statusCode).toBe(403);
      const missing = await api.call('GET', '/assets/00000000-0000-4000-8000-00000000dead');
      expect(missing.statusCode).toBe(403);
      expect(codeOf(missing)).toBe('FORBIDDEN');
    });

    it('deleting a file removes its cached variants too', async () => {
      const upload = await api.call(
        'POST',
        '/files',
        multipartBody([
          { name: 'file', filename: 'gone.jpg', type: 'image/jpeg', content: await makeJpeg(100, 100) },
        ]),
      );
      const id = upload.json().data.id;
      expect((await api.call('GET', `/assets/${id}?width=20`)).statusCode).toBe(200);
      expect((await api.stored()).filter((name) => name.startsWith(id))).toHaveLength(2);
      expect((await api.call('DELETE', `/files/${id}`)).statusCode).toBe(204);
      expect((await api.stored()).filter((name) => name.startsWith(id))).toEqual([]);
    });
  });
}
