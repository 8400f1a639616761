/** Options of `createAzureDriver`; each is also read from `STORAGE_<LOC>_<NAME>` by the `azure` definition. */
export interface AzureDriverOptions {
  /** The container objects are stored in (`_CONTAINER_NAME`). */
  containerName: string;
  /** The storage account (`_ACCOUNT_NAME`). */
  accountName: string;
  /** The account's shared key (`_ACCOUNT_KEY`); also signs presigned (SAS) URLs. */
  accountKey: string;
  /**
   * The blob service URL (`_ENDPOINT`), e.g. Azurite's `http://127.0.0.1:10000/devstoreaccount1`.
   * @default `https://<accountName>.blob.core.windows.net`
   */
  endpoint?: string;
  /** Prefix under which this location's blobs live (`_ROOT`). */
  root?: string;
  /**
   * Bytes per block of a streamed upload; one upload holds `blockSize × concurrency` at most.
   * @default 4 * 1024 * 1024
   */
  blockSize?: number;
  /**
   * Blocks of one upload sent at the same time.
   * @default 2
   */
  concurrency?: number;
}
