export { createGcsDriver, type GcsDriver } from './create-gcs-driver.js';
export { gcsDriver } from './gcs-driver.js';
export type { GcsDriverOptions } from './gcs-driver-options.js';
