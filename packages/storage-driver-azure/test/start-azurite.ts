import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's fixed development account, documented by Microsoft; not a secret. */
const ACCOUNT_NAME = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running Azurite blob service with one empty container. */
export interface TestAzurite {
  endpoint: string;
  accountName: string;
  accountKey: string;
  containerName: string;
  stop(): Promise<void>;
}

const blobMain = (): string => {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
};

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

/** Starts Azurite's blob service alone, in memory, on 127.0.0.1 and a free port. */
export async function startAzurite(containerName = 'plinth-test'): Promise<TestAzurite> {
  const child = spawn(
    process.execPath,
    [
      blobMain(),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '512',
      '--skipApiVersionCheck',
      '--disableTelemetry',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await listeningUrl(child);
  const endpoint = `${url}/${ACCOUNT_NAME}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT_NAME, ACCOUNT_KEY);
  await new BlobServiceClient(endpoint, credential).getContainerClient(containerName).create();
  return {
    endpoint,
    accountName: ACCOUNT_NAME,
    accountKey: ACCOUNT_KEY,
    containerName,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
