/** Options of `createGcsDriver`; each is also read from `STORAGE_<LOC>_<NAME>` by the `gcs` definition. */
export interface GcsDriverOptions {
  /** The bucket objects are stored in (`_BUCKET`). */
  bucket: string;
  /** Path of a service account key file (`_KEY_FILENAME`). */
  keyFilename?: string;
  /**
   * The service account key itself (`_CREDENTIALS`, written `json:{...}`); needed with `keyFilename`
   * unset where the SDK's default credentials are not available.
   */
  credentials?: { client_email: string; private_key: string; [name: string]: unknown };
  /** Project id (`_PROJECT_ID`), when the key does not say. */
  projectId?: string;
  /** API endpoint (`_API_ENDPOINT`), for an emulator; defaults to Google's. */
  apiEndpoint?: string;
  /** Prefix under which this location's objects live (`_ROOT`). */
  root?: string;
}
