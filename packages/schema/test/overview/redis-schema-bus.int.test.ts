import { randomUUID } from 'node:crypto';
import type { SchemaOverview } from '@plinth/types';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisSchemaBus } from '../../src/cache/create-redis-schema-bus.js';
import { createSchemaCache } from '../../src/cache/create-schema-cache.js';

const url = process.env['TEST_REDIS_URL'];
if (!url) console.warn('TEST_REDIS_URL is not set: skipping the Redis schema bus tests.');

/** Pub/sub delivery is asynchronous: retry the check until it holds. */
async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the bus');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(!url)('createRedisSchemaBus (Redis)', () => {
  const clients: Redis[] = [];
  const client = () => {
    const redis = new Redis(url!, { lazyConnect: false, maxRetriesPerRequest: 1 });
    clients.push(redis);
    return redis;
  };
  afterAll(async () => {
    await Promise.all(clients.map((redis) => redis.quit()));
  });

  it('drops the cache of another instance when one invalidates', async () => {
    const channel = `plinth:test:schema:${randomUUID()}`;
    const loads = { a: 0, b: 0 };
    const loader = (name: 'a' | 'b') => async (): Promise<SchemaOverview> => {
      loads[name] += 1;
      return { collections: {}, folders: {}, relations: [] };
    };
    const a = createSchemaCache({
      load: loader('a'),
      bus: createRedisSchemaBus({ publisher: client(), subscriber: client(), channel }),
    });
    const b = createSchemaCache({
      load: loader('b'),
      bus: createRedisSchemaBus({ publisher: client(), subscriber: client(), channel }),
    });
    await Promise.all([a.get(), b.get()]);
    await a.invalidate();
    await waitFor(async () => {
      await b.get();
      return loads.b === 2;
    });
    await a.get();
    expect(loads).toEqual({ a: 2, b: 2 });
    await Promise.all([a.close(), b.close()]);
  });

  it('ignores messages on other channels and malformed ones', async () => {
    const channel = `plinth:test:schema:${randomUUID()}`;
    const publisher = client();
    const bus = createRedisSchemaBus({ publisher, subscriber: client(), channel });
    const received: string[] = [];
    const stop = await bus.subscribe((message) => received.push(message.origin));
    await publisher.publish(`${channel}:other`, JSON.stringify({ type: 'invalidate', origin: 'x' }));
    await publisher.publish(channel, 'not json');
    await bus.publish({ type: 'invalidate', origin: 'y' });
    await waitFor(() => received.length > 0);
    expect(received).toEqual(['y']);
    await stop();
  });
});
