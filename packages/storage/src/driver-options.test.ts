import { describe, expect, it } from 'vitest';
import { booleanOption, integerOption, stringOption } from './driver-options.js';
import { StorageErrorCode } from './storage-error.js';

const context = { location: 'cloud', cwd: '/' };

describe('driver options', () => {
  it('reads text, turning numbers back into text', () => {
    expect(stringOption({ bucket: 'media' }, 'bucket', context, true)).toBe('media');
    expect(stringOption({ bucket: 2024 }, 'bucket', context)).toBe('2024');
    expect(stringOption({}, 'region', context)).toBeUndefined();
  });

  it('names the variable of a missing or mistyped option', () => {
    expect(() => stringOption({}, 'containerName', context, true)).toThrow(
      expect.objectContaining({
        code: StorageErrorCode.InvalidConfig,
        message: 'Storage location "cloud": STORAGE_CLOUD_CONTAINER_NAME must be set.',
      }),
    );
    expect(() => stringOption({ bucket: true }, 'bucket', context)).toThrow(
      /STORAGE_CLOUD_BUCKET must be text/,
    );
  });

  it('reads booleans and whole numbers with fallbacks', () => {
    expect(booleanOption({ forcePathStyle: true }, 'forcePathStyle', context, false)).toBe(true);
    expect(booleanOption({}, 'forcePathStyle', context, false)).toBe(false);
    expect(() => booleanOption({ forcePathStyle: 'yes' }, 'forcePathStyle', context, false)).toThrow(
      /STORAGE_CLOUD_FORCE_PATH_STYLE must be true or false/,
    );
    expect(integerOption({ maxSockets: 10 }, 'maxSockets', context, 50)).toBe(10);
    expect(integerOption({}, 'maxSockets', context, 50)).toBe(50);
    expect(() => integerOption({ maxSockets: -1 }, 'maxSockets', context, 50)).toThrow(/whole number/);
  });
});
