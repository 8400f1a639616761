export { azureDriver } from './azure-driver.js';
export type { AzureDriverOptions } from './azure-driver-options.js';
export { type AzureDriver, createAzureDriver } from './create-azure-driver.js';
