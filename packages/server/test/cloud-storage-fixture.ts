import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { StorageDriver } from '@plinth/storage';
import { createAzureDriver } from '@plinth/storage-driver-azure';
import { createS3Driver } from '@plinth/storage-driver-s3';
import S3rver from 's3rver';

/**
 * A cloud storage emulator started for a test: the `STORAGE_CLOUD_*` settings that make it the
 * `cloud` location, and a driver of its own to look at what the server stored.
 */
export interface CloudStorage {
  /** `STORAGE_LOCATIONS=cloud` and the driver options, as a deployment would set them. */
  settings: Record<string, string>;
  /** A driver on the same bucket or container, independent of the server's. */
  driver: StorageDriver;
  stop(): Promise<void>;
}

/** A backend the files tests run against. */
export interface CloudBackend {
  name: string;
  start(): Promise<CloudStorage>;
}

/** s3rver on 127.0.0.1 and an OS-chosen port, storing into a temporary folder. */
async function startS3rver(): Promise<CloudStorage> {
  const directory = await mkdtemp(join(tmpdir(), 'plinth-files-s3rver-'));
  const bucket = 'plinth-files';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's built-in account.
  const options = {
    bucket,
    key: 'S3RVER',
    secret: 'S3RVER',
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
  };
  return {
    settings: {
      STORAGE_LOCATIONS: 'cloud',
      STORAGE_CLOUD_DRIVER: 's3',
      STORAGE_CLOUD_BUCKET: bucket,
      STORAGE_CLOUD_KEY: options.key,
      STORAGE_CLOUD_SECRET: options.secret,
      STORAGE_CLOUD_REGION: options.region,
      STORAGE_CLOUD_ENDPOINT: endpoint,
      STORAGE_CLOUD_FORCE_PATH_STYLE: 'true',
    },
    driver: createS3Driver(options),
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Azurite's fixed development account, documented by Microsoft; not a secret. */
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Waits for Azurite to print the address it listens on. */
const listeningUrl = (child: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}:\n${output}`));
    });
  });

/** Azurite's blob service alone, in memory, on 127.0.0.1 and a free port, with one empty container. */
async function startAzurite(): Promise<CloudStorage> {
  const require = createRequire(import.meta.url);
  const main = join(dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const endpoint = `${await listeningUrl(child)}/${AZURITE_ACCOUNT}`;
  const containerName = 'plinth-files';
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  await new BlobServiceClient(endpoint, credential).getContainerClient(containerName).create();
  return {
    settings: {
      STORAGE_LOCATIONS: 'cloud',
      STORAGE_CLOUD_DRIVER: 'azure',
      STORAGE_CLOUD_CONTAINER_NAME: containerName,
      STORAGE_CLOUD_ACCOUNT_NAME: AZURITE_ACCOUNT,
      STORAGE_CLOUD_ACCOUNT_KEY: AZURITE_KEY,
      STORAGE_CLOUD_ENDPOINT: endpoint,
    },
    driver: createAzureDriver({
      containerName,
      accountName: AZURITE_ACCOUNT,
      accountKey: AZURITE_KEY,
      endpoint,
    }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The cloud backends that run here: S3 through s3rver, Azure Blob Storage through Azurite. */
export const CLOUD_BACKENDS: readonly CloudBackend[] = [
  { name: 'S3 (s3rver)', start: startS3rver },
  { name: 'Azure (Azurite)', start: startAzurite },
];

/** Every key stored under `prefix`, sorted. */
export async function listKeys(driver: StorageDriver, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of driver.list(prefix)) keys.push(key);
  return keys.sort();
}
