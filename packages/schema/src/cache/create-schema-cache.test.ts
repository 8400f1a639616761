import type { SchemaOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { createMemorySchemaBus } from './create-memory-schema-bus.js';
import { createSchemaCache } from './create-schema-cache.js';

/** A loader that counts its calls and returns a distinct overview each time. */
function countingLoader() {
  const state = { calls: 0 };
  const load = async (): Promise<SchemaOverview> => {
    state.calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { collections: {}, folders: { [`v${state.calls}`]: {} as never }, relations: [] };
  };
  return { state, load };
}

describe('createSchemaCache', () => {
  it('loads once and shares the load between concurrent callers', async () => {
    const { state, load } = countingLoader();
    const cache = createSchemaCache({ load });
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(await cache.get()).toBe(a);
    expect(state.calls).toBe(1);
  });

  it('loads again after invalidate()', async () => {
    const { state, load } = countingLoader();
    const cache = createSchemaCache({ load });
    const first = await cache.get();
    await cache.invalidate();
    const second = await cache.get();
    expect(second).not.toBe(first);
    expect(state.calls).toBe(2);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const cache = createSchemaCache({
      load: async () => {
        if (fail) throw new Error('database down');
        return { collections: {}, folders: {}, relations: [] };
      },
    });
    await expect(cache.get()).rejects.toThrow('database down');
    fail = false;
    await expect(cache.get()).resolves.toEqual({ collections: {}, folders: {}, relations: [] });
  });

  it('drops the other caches on the bus, but not its own fresh load', async () => {
    const bus = createMemorySchemaBus();
    const one = countingLoader();
    const two = countingLoader();
    const a = createSchemaCache({ load: one.load, bus });
    const b = createSchemaCache({ load: two.load, bus });
    await Promise.all([a.get(), b.get()]);
    await a.invalidate();
    await Promise.all([a.get(), b.get(), a.get()]);
    expect([one.state.calls, two.state.calls]).toEqual([2, 2]);
    await b.close();
    await a.invalidate();
    await b.get();
    expect(two.state.calls).toBe(2);
    await a.close();
  });
});
