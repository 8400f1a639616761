export { createS3Driver, type S3Driver } from './create-s3-driver.js';
export { s3Driver } from './s3-driver.js';
export type { S3DriverOptions } from './s3-driver-options.js';
