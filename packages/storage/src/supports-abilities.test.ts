import { describe, expect, it } from 'vitest';
import { createMemoryDriver } from '../test/memory-driver.js';
import type { StorageDriver } from './storage-driver.js';
import { supportsChunkedWrite } from './supports-chunked-write.js';
import { supportsCopy } from './supports-copy.js';
import { supportsPresign } from './supports-presign.js';

const noop = async () => undefined as never;

describe('ability guards', () => {
  it('find no ability on a plain driver', () => {
    const driver = createMemoryDriver();
    expect([supportsPresign(driver), supportsCopy(driver), supportsChunkedWrite(driver)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('need every method of an ability', () => {
    const driver: StorageDriver = createMemoryDriver();
    const withExtras = (extras: object): StorageDriver => ({ ...driver, ...extras });
    expect(supportsPresign(withExtras({ presignRead: noop }))).toBe(false);
    expect(supportsPresign(withExtras({ presignRead: noop, presignWrite: noop }))).toBe(true);
    expect(supportsCopy(withExtras({ copy: noop }))).toBe(false);
    expect(supportsCopy(withExtras({ copy: noop, move: noop }))).toBe(true);
    const chunked = { startChunkedWrite: noop, writeChunk: noop, finishChunkedWrite: noop };
    expect(supportsChunkedWrite(withExtras({ ...chunked }))).toBe(false);
    expect(supportsChunkedWrite(withExtras({ ...chunked, abortChunkedWrite: noop }))).toBe(true);
  });
});
