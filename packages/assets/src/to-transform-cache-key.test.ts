import { describe, expect, it } from 'vitest';
import { resolveTransformPlan, type TransformPlan } from './resolve-transform-plan.js';
import { toTransformCacheKey } from './to-transform-cache-key.js';

const file = { type: 'image/jpeg', width: 800, height: 600 };
const plan = (params: Parameters<typeof resolveTransformPlan>[0], accept?: string) =>
  resolveTransformPlan(params, file, { maxDimension: 6000, accept }) as TransformPlan;

describe('toTransformCacheKey', () => {
  it('names the variant <original base>__<sha1 of the steps>.<output extension>', () => {
    expect(toTransformCacheKey('abc.jpg', plan({ width: 100 }))).toMatch(/^abc__[0-9a-f]{40}\.jpg$/);
    expect(toTransformCacheKey('abc.jpg', plan({ width: 100, format: 'webp' }))).toMatch(
      /^abc__[0-9a-f]{40}\.webp$/,
    );
    expect(toTransformCacheKey('deep/dir/abc', plan({ width: 100 }))).toMatch(/^abc__[0-9a-f]{40}$/);
  });

  it('is stable for the same steps whatever the key order of their options', () => {
    const a: TransformPlan = { ...plan({ width: 1 }), steps: [['resize', { width: 100, fit: 'inside' }]] };
    const b: TransformPlan = { ...a, steps: [['resize', { fit: 'inside', width: 100 }]] };
    expect(toTransformCacheKey('x.jpg', a)).toBe(toTransformCacheKey('x.jpg', b));
    expect(toTransformCacheKey('x.jpg', plan({ width: 100 }))).toBe(
      toTransformCacheKey('x.jpg', plan({ width: 100 })),
    );
  });

  it('differs when anything that changes the output differs', () => {
    const keys = [
      plan({ width: 100 }),
      plan({ width: 101 }),
      plan({ width: 100, fit: 'contain' }),
      plan({ width: 100, quality: 50 }),
      plan({ width: 100, format: 'auto' }, 'image/webp'),
      plan({ width: 100, format: 'auto' }, 'image/avif'),
      plan({ width: 100, transforms: [['flip']] }),
    ].map((p) => toTransformCacheKey('x.jpg', p));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
