/** Options of `createS3Driver`; each is also read from `STORAGE_<LOC>_<NAME>` by the `s3` definition. */
export interface S3DriverOptions {
  /** The bucket objects are stored in (`_BUCKET`). */
  bucket: string;
  /** Access key id (`_KEY`); with `secret`. Unset: the SDK's default chain (env, profile, instance role). */
  key?: string;
  /** Secret access key (`_SECRET`). */
  secret?: string;
  /** Region (`_REGION`); S3-compatible services usually accept any. */
  region?: string;
  /** Endpoint URL of an S3-compatible service (`_ENDPOINT`), e.g. `http://127.0.0.1:9000`. */
  endpoint?: string;
  /**
   * Address buckets as `endpoint/bucket` instead of `bucket.endpoint` (`_FORCE_PATH_STYLE`).
   * @default false
   */
  forcePathStyle?: boolean;
  /** Prefix under which this location's objects live (`_ROOT`), e.g. `uploads`. */
  root?: string;
  /** Canned ACL given to written objects (`_ACL`), e.g. `public-read`. */
  acl?: string;
  /** Server-side encryption of written objects (`_SERVER_SIDE_ENCRYPTION`), e.g. `AES256` or `aws:kms`. */
  serverSideEncryption?: string;
  /** KMS key of `aws:kms` encryption (`_SERVER_SIDE_ENCRYPTION_KMS_KEY_ID`). */
  serverSideEncryptionKmsKeyId?: string;
  /**
   * Bytes per part of a multipart upload; also the memory one upload holds per part in flight.
   * @default 8 * 1024 * 1024
   */
  partSize?: number;
  /**
   * Parts of one upload sent at the same time.
   * @default 2
   */
  queueSize?: number;
  /**
   * Milliseconds to wait for a connection (`_CONNECTION_TIMEOUT`).
   * @default 5000
   */
  connectionTimeout?: number;
  /**
   * Milliseconds a socket may stay idle mid-request (`_SOCKET_TIMEOUT`).
   * @default 120000
   */
  socketTimeout?: number;
  /**
   * Sockets open at once per client (`_MAX_SOCKETS`); the SDK's own default of 50 throttles busy servers.
   * @default 500
   */
  maxSockets?: number;
  /**
   * Keep connections open between requests (`_KEEP_ALIVE`).
   * @default true
   */
  keepAlive?: boolean;
}
