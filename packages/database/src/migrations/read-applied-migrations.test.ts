import { describe, expect, it } from 'vitest';
import { toDate } from './read-applied-migrations.js';

describe('toDate', () => {
  it('reads SQLite CURRENT_TIMESTAMP text as UTC', () => {
    expect(toDate('2025-01-02 03:04:05')?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });

  it('keeps explicit offsets, Dates and numbers, and rejects junk', () => {
    expect(toDate('2025-01-02T03:04:05+02:00')?.toISOString()).toBe('2025-01-02T01:04:05.000Z');
    const date = new Date(0);
    expect(toDate(date)).toBe(date);
    expect(toDate(1000)?.getTime()).toBe(1000);
    expect(toDate(null)).toBeNull();
    expect(toDate('not a date')).toBeNull();
  });
});
