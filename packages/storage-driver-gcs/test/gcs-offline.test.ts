import { generateKeyPairSync } from 'node:crypto';
import { Readable } from 'node:stream';
import { StorageErrorCode } from '@plinth/storage';
import { collectKeys, ESCAPING_KEYS, runStorageConformance } from '@plinth/storage/testing';
import { describe, expect, it } from 'vitest';
import { createGcsDriver } from '../src/index.js';
import { verifySignedUrl } from './signed-url.js';

// No Cloud Storage emulator runs here. These cases need no server: key checks happen before any
// request, and V4 URLs are signed locally with the service account's private key.
const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const credentials = {
  client_email: 'plinth-test@example-project.iam.gserviceaccount.com',
  private_key: privateKey,
};
// Port 9 (discard) is closed here: a request that slipped past the key checks would fail differently.
const driver = createGcsDriver({
  bucket: 'plinth-bucket',
  credentials,
  projectId: 'example-project',
  apiEndpoint: 'http://127.0.0.1:9',
  root: 'media',
});

describe('gcs driver without a server', () => {
  it.each(ESCAPING_KEYS.map((key) => [JSON.stringify(key).slice(0, 40), key]))(
    'refuses %s before any request',
    async (_, bad) => {
      const refused = { code: StorageErrorCode.InvalidKey };
      await expect(driver.write(bad, Readable.from([Buffer.from('x')]))).rejects.toMatchObject(refused);
      await expect(driver.read(bad)).rejects.toMatchObject(refused);
      await expect(driver.stat(bad)).rejects.toMatchObject(refused);
      await expect(driver.exists(bad)).rejects.toMatchObject(refused);
      await expect(driver.delete(bad)).rejects.toMatchObject(refused);
      await expect(driver.copy('ok.txt', bad)).rejects.toMatchObject(refused);
      await expect(driver.presignRead(bad)).rejects.toMatchObject(refused);
    },
  );

  it('refuses escaping list prefixes', async () => {
    await expect(collectKeys(driver.list('../'))).rejects.toMatchObject({
      code: StorageErrorCode.InvalidKey,
    });
  });

  it('signs read URLs with the service account key, under the root', async () => {
    const url = await driver.presignRead('photos/a b+c.jpg', { expiresIn: 60 });
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/plinth-bucket/media/photos/a%20b%2Bc.jpg');
    expect(parsed.searchParams.get('X-Goog-Algorithm')).toBe('GOOG4-RSA-SHA256');
    expect(parsed.searchParams.get('X-Goog-Expires')).toBe('60');
    expect(parsed.searchParams.get('X-Goog-Credential')).toMatch(/^plinth-test@example-project/);
    expect(verifySignedUrl(url, 'GET', publicKey)).toBe(true);
    expect(verifySignedUrl(url.replace('photos', 'other'), 'GET', publicKey)).toBe(false);
  });

  it('signs write URLs that bind the content type', async () => {
    const signed = await driver.presignWrite('upload.txt', { contentType: 'text/plain' });
    expect(signed.headers).toEqual({ 'content-type': 'text/plain' });
    expect(verifySignedUrl(signed.url, 'PUT', publicKey, { 'content-type': 'text/plain' })).toBe(true);
    expect(verifySignedUrl(signed.url, 'PUT', publicKey, { 'content-type': 'image/png' })).toBe(false);
  });
});

const liveBucket = process.env['TEST_GCS_BUCKET'];
if (liveBucket) {
  runStorageConformance(
    'gcs (live bucket)',
    () => createGcsDriver({ bucket: liveBucket, root: 'plinth-conformance' }),
    {
      abilities: ['copy', 'presign'],
    },
  );
} else {
  console.warn(
    '[@plinth/storage-driver-gcs] conformance against live GCS skipped: TEST_GCS_BUCKET is not set (credentials from GOOGLE_APPLICATION_CREDENTIALS).',
  );
}
