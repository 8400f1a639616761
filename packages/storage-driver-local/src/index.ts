export { createLocalDriver, type LocalDriver, type LocalDriverOptions } from './create-local-driver.js';
export { localDriver } from './local-driver.js';
