import { booleanOption, defineStorageDriver, integerOption, stringOption } from '@plinth/storage';
import { createS3Driver } from './create-s3-driver.js';

/**
 * The `s3` driver for the location manager, reading `STORAGE_<LOC>_KEY`, `_SECRET`, `_BUCKET` (required),
 * `_REGION`, `_ENDPOINT`, `_FORCE_PATH_STYLE`, `_ROOT`, `_ACL`, `_SERVER_SIDE_ENCRYPTION`,
 * `_SERVER_SIDE_ENCRYPTION_KMS_KEY_ID`, `_CONNECTION_TIMEOUT`, `_SOCKET_TIMEOUT`, `_MAX_SOCKETS` and
 * `_KEEP_ALIVE`, as Directus names them.
 */
export const s3Driver = defineStorageDriver({
  name: 's3',
  create(options, context) {
    const text = (name: string) => stringOption(options, name, context);
    const optional = <T>(name: string, value: T | undefined) =>
      value === undefined ? {} : { [name]: value };
    return createS3Driver({
      bucket: stringOption(options, 'bucket', context, true),
      ...optional('key', text('key')),
      ...optional('secret', text('secret')),
      ...optional('region', text('region')),
      ...optional('endpoint', text('endpoint')),
      ...optional('root', text('root')),
      ...optional('acl', text('acl')),
      ...optional('serverSideEncryption', text('serverSideEncryption')),
      ...optional('serverSideEncryptionKmsKeyId', text('serverSideEncryptionKmsKeyId')),
      forcePathStyle: booleanOption(options, 'forcePathStyle', context, false),
      keepAlive: booleanOption(options, 'keepAlive', context, true),
      connectionTimeout: integerOption(options, 'connectionTimeout', context, 5000),
      socketTimeout: integerOption(options, 'socketTimeout', context, 120_000),
      maxSockets: integerOption(options, 'maxSockets', context, 500),
    });
  },
});
