import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { listTestEngines } from '@plinth/test-kit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUD_BACKENDS, type CloudStorage, listKeys } from './cloud-storage-fixture.js';
import { createFilesServer, type FilesServer, makeJpeg, multipartBody } from './files-fixture.js';

// The storage location is what varies here; SQLite is enough for the rows.
const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

for (const backend of CLOUD_BACKENDS) {
  describe(`/files and /assets on ${backend.name}`, () => {
    let cloud: CloudStorage;
    let api: FilesServer;
    const text = 'The quick brown fox jumps over the lazy dog';

    const upload = async (filename: string, type: string, content: Buffer | string) => {
      const response = await api.call(
        'POST',
        '/files',
        multipartBody([{ name: 'file', filename, type, content }]),
      );
      expect(response.statusCode).toBe(200);
      return response.json().data as { id: string; storage: string; filename_disk: string; filesize: string };
    };

    beforeAll(async () => {
      cloud = await backend.start();
      api = await createFilesServer(sqlite, {
        ...cloud.settings,
        ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__IMG_SRC: "array:'self',https://cdn.example.com",
      });
    }, 60_000);
    afterAll(async () => {
      await api?.close();
      await cloud?.stop();
    });

    it('stores an upload in the cloud location and serves ranges of it', async () => {
      const file = await upload('fox.txt', 'text/plain', text);
      expect(file).toMatchObject({
        storage: 'cloud',
        filename_disk: `${file.id}.txt`,
        filesize: String(text.length),
      });
      expect(await listKeys(cloud.driver, file.id)).toEqual([`${file.id}.txt`]);
      expect((await readAll(await cloud.driver.read(`${file.id}.txt`))).toString()).toBe(text);

      const whole = await api.call('GET', `/assets/${file.id}`);
      expect(whole.statusCode).toBe(200);
      expect(whole.body).toBe(text);
      expect(whole.headers['content-security-policy']).toBe(
        "default-src 'none';img-src 'self' https://cdn.example.com",
      );
      const partial = await api.call('GET', `/assets/${file.id}`, { headers: { range: 'bytes=4-8' } });
      expect(partial.statusCode).toBe(206);
      expect(partial.body).toBe('quick');
      expect(partial.headers['content-range']).toBe(`bytes 4-8/${text.length}`);
      const suffix = await api.call('GET', `/assets/${file.id}`, { headers: { range: 'bytes=-3' } });
      expect(suffix.body).toBe('dog');
      const outside = await api.call('GET', `/assets/${file.id}`, { headers: { range: 'bytes=900-' } });
      expect(outside.statusCode).toBe(416);
      expect(outside.headers['content-range']).toBe(`bytes */${text.length}`);
    });

    it('streams an upload larger than one multipart part and reads its tail back by range', async () => {
      // 9 MiB: more than the S3 driver's 8 MiB part, so the upload goes through a multipart upload.
      const big = randomBytes(9 * 1024 * 1024);
      const file = await upload('big.bin', 'application/octet-stream', big);
      expect(file.filesize).toBe(String(big.length));
      const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
      expect(digest(await readAll(await cloud.driver.read(file.filename_disk)))).toBe(digest(big));
      const tail = await api.call('GET', `/assets/${file.id}`, { headers: { range: 'bytes=-1000' } });
      expect(tail.statusCode).toBe(206);
      expect(tail.rawPayload.equals(big.subarray(big.length - 1000))).toBe(true);
    }, 60_000);

    it('caches a transform in the cloud location and serves the cached variant', async () => {
      const image = await upload('cover.jpg', 'image/jpeg', await makeJpeg(640, 480));
      const url = `/assets/${image.id}?width=160&height=90&fit=cover&format=webp`;
      const cold = await api.call('GET', url);
      expect(cold.statusCode).toBe(200);
      expect(cold.headers['content-type']).toBe('image/webp');
      const meta = await sharp(cold.rawPayload).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 160, 90]);

      const variants = await listKeys(cloud.driver, `${image.id}__`);
      expect(variants).toHaveLength(1);
      expect(variants[0]).toMatch(new RegExp(`^${image.id}__[0-9a-f]{40}\\.webp$`));

      // Overwrite the cached variant in the bucket: a warm request must answer with those bytes.
      const marker = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
        .webp()
        .toBuffer();
      await cloud.driver.write(variants[0]!, Readable.from([marker]), { contentType: 'image/webp' });
      const warm = await api.call('GET', url);
      expect(warm.statusCode).toBe(200);
      expect(warm.rawPayload.equals(marker)).toBe(true);
    });

    it('deletes the object and its cached variants with the file', async () => {
      const image = await upload('gone.jpg', 'image/jpeg', await makeJpeg(300, 200));
      expect((await api.call('GET', `/assets/${image.id}?width=50`)).statusCode).toBe(200);
      expect(await listKeys(cloud.driver, image.id)).toHaveLength(2);

      expect((await api.call('DELETE', `/files/${image.id}`)).statusCode).toBe(204);
      expect(await listKeys(cloud.driver, image.id)).toEqual([]);
      expect((await api.call('GET', `/assets/${image.id}`)).statusCode).toBe(403);
    });
  });
}
