import { describe, expect, it } from 'vitest';
import { expectInvalidQuery } from '../test/expect-invalid-query.js';
import { resolveNow } from './resolve-now.js';

const now = new Date('2024-03-31T12:00:00.000Z');

const cases: [string, string][] = [
  ['$NOW', '2024-03-31T12:00:00.000Z'],
  ['$NOW(-1 year)', '2023-03-31T12:00:00.000Z'],
  ['$NOW(+1 year)', '2025-03-31T12:00:00.000Z'],
  ['$NOW(-1 month)', '2024-02-29T12:00:00.000Z'],
  ['$NOW(+1 month)', '2024-04-30T12:00:00.000Z'],
  ['$NOW(-13 months)', '2023-02-28T12:00:00.000Z'],
  ['$NOW(+2 hours)', '2024-03-31T14:00:00.000Z'],
  ['$NOW(-30 minutes)', '2024-03-31T11:30:00.000Z'],
  ['$NOW(10 s)', '2024-03-31T12:00:10.000Z'],
  ['$NOW(500 ms)', '2024-03-31T12:00:00.500Z'],
  ['$NOW(-1 week)', '2024-03-24T12:00:00.000Z'],
  ['$NOW(+1 day)', '2024-04-01T12:00:00.000Z'],
  ['$NOW(7)', '2024-04-07T12:00:00.000Z'],
  ['$NOW(1.5h)', '2024-03-31T13:30:00.000Z'],
  ['$NOW(1.9 days)', '2024-04-01T12:00:00.000Z'],
];

describe('resolveNow', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(resolveNow(text, now).toISOString()).toBe(expected);
  });

  it('keeps the leap day a year on in range', () => {
    expect(resolveNow('$NOW(+1 year)', new Date('2024-02-29T00:00:00Z')).toISOString()).toBe(
      '2025-02-28T00:00:00.000Z',
    );
  });

  it('returns a new Date, leaving `now` untouched', () => {
    const result = resolveNow('$NOW', now);
    expect(result).not.toBe(now);
    result.setUTCFullYear(1999);
    expect(now.toISOString()).toBe('2024-03-31T12:00:00.000Z');
  });

  it('refuses what is not $NOW', () => {
    expectInvalidQuery(() => resolveNow('$CURRENT_USER', now), '"$CURRENT_USER" is not a $NOW variable');
    expectInvalidQuery(() => resolveNow('tomorrow', now), '"tomorrow" is not a $NOW variable');
  });

  it('refuses dates out of range', () => {
    expectInvalidQuery(
      () => resolveNow('$NOW(999999999 years)', now),
      '"$NOW(999999999 years)" is out of the supported date range',
    );
  });
});
