import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { S3DriverOptions } from '../s3-driver-options.js';

/** An S3 client for the options; credentials come from the options or the SDK's default chain. */
export function createS3Client(options: S3DriverOptions): S3Client {
  const agent = { maxSockets: options.maxSockets ?? 500, keepAlive: options.keepAlive ?? true };
  const config: S3ClientConfig = {
    requestHandler: {
      connectionTimeout: options.connectionTimeout ?? 5000,
      socketTimeout: options.socketTimeout ?? 120_000,
      httpAgent: new HttpAgent(agent),
      httpsAgent: new HttpsAgent(agent),
    },
    forcePathStyle: options.forcePathStyle ?? false,
    region: options.region ?? 'us-east-1',
    // Checksums on every request are newer than most S3-compatible services; send them when asked.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  if (options.endpoint) config.endpoint = options.endpoint;
  if (options.key && options.secret) {
    config.credentials = { accessKeyId: options.key, secretAccessKey: options.secret };
  }
  return new S3Client(config);
}
