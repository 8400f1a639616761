import { describe, expect, it } from 'vitest';
import { catchError } from '../test/catch-error.js';
import { createTransformLimiter } from './create-transform-limiter.js';

describe('createTransformLimiter', () => {
  it('runs at most maxConcurrent and hands slots on in arrival order', async () => {
    const limiter = createTransformLimiter({ maxConcurrent: 2 });
    const granted: number[] = [];
    const acquireAs = async (n: number) => {
      const release = await limiter.acquire();
      granted.push(n);
      return release;
    };
    const [first, second] = await Promise.all([acquireAs(1), acquireAs(2)]);
    const [third, fourth, fifth] = [acquireAs(3), acquireAs(4), acquireAs(5)];
    expect(limiter.stats()).toEqual({ active: 2, queued: 3 });

    first();
    first(); // a second call gives back nothing more
    const releaseThird = await third;
    expect(granted).toEqual([1, 2, 3]);
    expect(limiter.stats()).toEqual({ active: 2, queued: 2 });

    second();
    releaseThird();
    const rest = await Promise.all([fourth, fifth]);
    expect(granted).toEqual([1, 2, 3, 4, 5]);
    for (const release of rest) release();
    expect(limiter.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('refuses with 503 once maxQueued are waiting', async () => {
    const limiter = createTransformLimiter({ maxConcurrent: 1, maxQueued: 1 });
    await limiter.acquire();
    void limiter.acquire();
    const error = await catchError(() => limiter.acquire());
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.status).toBe(503);
    expect(error.message).toContain('Server too busy');
  });
});
