import { isPlinthError } from '@plinth/errors';
import { describe, expect, it } from 'vitest';
import { createFailureCounter } from './create-failure-counter.js';
import { createLoginThrottle } from './create-login-throttle.js';

describe('login throttle (memory)', () => {
  it('refuses an account after its points are used, with the reset time', async () => {
    const throttle = createLoginThrottle({ accountPoints: 2, ipPoints: 100, duration: 60_000 });
    const keys = { account: 'a@example.com', ip: '10.0.0.1' };
    await throttle.begin(keys);
    await throttle.begin(keys);
    const error = await throttle.begin(keys).catch((e: unknown) => e);
    expect(isPlinthError(error, 'REQUESTS_EXCEEDED')).toBe(true);
    const { limit, reset } = (error as { extensions: { limit: number; reset: Date } }).extensions;
    expect(limit).toBe(2);
    expect(reset.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Another account from the same IP is not affected.
    await throttle.begin({ account: 'b@example.com', ip: '10.0.0.1' });
  });

  it('refuses an IP trying many accounts', async () => {
    const throttle = createLoginThrottle({ accountPoints: 100, ipPoints: 3 });
    for (const n of [1, 2, 3]) await throttle.begin({ account: `u${n}@example.com`, ip: '10.0.0.2' });
    await expect(throttle.begin({ account: 'u4@example.com', ip: '10.0.0.2' })).rejects.toMatchObject({
      code: 'REQUESTS_EXCEEDED',
      status: 429,
    });
    await throttle.begin({ account: 'u4@example.com', ip: '10.0.0.3' });
  });

  it('gives the points back on success', async () => {
    const throttle = createLoginThrottle({ accountPoints: 2, ipPoints: 2 });
    const keys = { account: 'c@example.com', ip: '10.0.0.4' };
    for (let i = 0; i < 5; i += 1) {
      await throttle.begin(keys);
      await throttle.succeeded(keys);
    }
  });

  it('can be switched off per key kind', async () => {
    const throttle = createLoginThrottle({ accountPoints: 0, ipPoints: 0 });
    for (let i = 0; i < 20; i += 1) await throttle.begin({ account: 'd@example.com', ip: null });
  });
});

describe('failure counter (memory)', () => {
  it('counts failures in a row until reset', async () => {
    const counter = createFailureCounter();
    expect(await counter.add('u1')).toBe(1);
    expect(await counter.add('u1')).toBe(2);
    expect(await counter.add('u2')).toBe(1);
    await counter.reset('u1');
    expect(await counter.add('u1')).toBe(1);
  });
});
