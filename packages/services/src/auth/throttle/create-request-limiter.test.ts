import { describe, expect, it } from 'vitest';
import { createRequestLimiter } from './create-request-limiter.js';

describe('request limiter (memory)', () => {
  it('refuses a key once its points are used, with limit and reset; other keys go on', async () => {
    const limiter = createRequestLimiter({ keyPrefix: 'test-requests', points: 2, duration: 60_000 });
    await limiter.consume('10.0.0.1');
    await limiter.consume('10.0.0.1');
    const error = await limiter.consume('10.0.0.1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'REQUESTS_EXCEEDED', status: 429 });
    const { limit, reset } = (error as { extensions: { limit: number; reset: Date } }).extensions;
    expect(limit).toBe(2);
    expect(reset.getTime()).toBeGreaterThan(Date.now() + 50_000);
    await limiter.consume('10.0.0.2');
  });
});
