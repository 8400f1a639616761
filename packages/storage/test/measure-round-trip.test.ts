import { measureRoundTrip } from '@plinth/storage/testing';
import { describe, expect, it } from 'vitest';
import { createMemoryDriver } from './memory-driver.js';

describe('measureRoundTrip', () => {
  it('writes, reads back intact, deletes, and reports times and memory', async () => {
    const driver = createMemoryDriver();
    const result = await measureRoundTrip(driver, 'bench/one.bin', 3 * 1024 * 1024 + 17);
    expect(result).toMatchObject({ bytes: 3 * 1024 * 1024 + 17, intact: true });
    expect(result.rssPeak).toBeGreaterThanOrEqual(result.rssBefore);
    expect(result.maxRss).toBeGreaterThan(0);
    expect(await driver.exists('bench/one.bin')).toBe(false);
  });

  it('reports a corrupted read as not intact', async () => {
    const driver = createMemoryDriver();
    const flipping = {
      ...driver,
      read: async (key: string) => {
        const stream = await driver.read(key);
        let first = true;
        return stream.map((chunk: Buffer) => {
          if (!first) return chunk;
          first = false;
          const copy = Buffer.from(chunk);
          copy[0] = copy[0]! ^ 0xff;
          return copy;
        });
      },
    };
    expect((await measureRoundTrip(flipping, 'bench/two.bin', 1024)).intact).toBe(false);
  });
});
