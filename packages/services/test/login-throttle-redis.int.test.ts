import { randomBytes } from 'node:crypto';
import { isPlinthError } from '@plinth/errors';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFailureCounter } from '../src/auth/throttle/create-failure-counter.js';
import { createLoginThrottle } from '../src/auth/throttle/create-login-throttle.js';

const url = process.env['TEST_REDIS_URL'];
if (!url) console.warn('[@plinth/services] Redis login throttle tests skipped: TEST_REDIS_URL is not set.');

describe.skipIf(!url)('login throttle and failure counter in Redis', () => {
  let redis: Redis;
  const prefix = `plinth-test-${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    redis = new Redis(url!, { enableOfflineQueue: true, maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('shares counts between two instances, so a second server cannot be used to keep guessing', async () => {
    const options = { accountPoints: 3, ipPoints: 100, duration: 60_000, redis, keyPrefix: prefix };
    const first = createLoginThrottle(options);
    const second = createLoginThrottle(options);
    const keys = { account: 'victim@example.com', ip: '10.0.0.1' };
    await first.begin(keys);
    await second.begin(keys);
    await first.begin(keys);
    const error = await second.begin(keys).catch((e: unknown) => e);
    expect(isPlinthError(error, 'REQUESTS_EXCEEDED')).toBe(true);
    expect(await redis.keys(`${prefix}-account*`)).toHaveLength(1);
    await first.succeeded(keys);
    await second.begin(keys);
  });

  it('keeps failures in a row without expiry until reset', async () => {
    const counter = createFailureCounter({ redis, keyPrefix: `${prefix}-failures` });
    expect(await counter.add('u1')).toBe(1);
    expect(await createFailureCounter({ redis, keyPrefix: `${prefix}-failures` }).add('u1')).toBe(2);
    const [key] = await redis.keys(`${prefix}-failures*`);
    expect(await redis.pttl(key!)).toBe(-1);
    await counter.reset('u1');
    expect(await counter.add('u1')).toBe(1);
  });
});
