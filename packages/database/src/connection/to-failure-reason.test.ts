import { describe, expect, it } from 'vitest';
import { toFailureReason } from './to-failure-reason.js';

describe('toFailureReason', () => {
  it('prefers the driver error code', () => {
    expect(
      toFailureReason(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe('ECONNREFUSED');
    expect(toFailureReason(Object.assign(new Error('x'), { code: 1045 }))).toBe('1045');
  });

  it('falls back to the first line without credentials', () => {
    const error = new Error('bad url postgres://admin:s3cret@db:5432/app\nstack-ish detail');
    expect(toFailureReason(error)).toBe('bad url postgres://db:5432/app');
    expect(toFailureReason('plain')).toBe('plain');
    expect(toFailureReason(new Error(''))).toBe('unknown error');
  });
});
