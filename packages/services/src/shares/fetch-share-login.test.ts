import { describe, expect, it } from 'vitest';
import { isWithinDates } from './fetch-share-login.js';

const now = Date.parse('2026-01-01T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('isWithinDates', () => {
  it('accepts a share without dates, and one whose window holds now (bounds included)', () => {
    expect(isWithinDates({ dateStart: null, dateEnd: null }, now)).toBe(true);
    expect(
      isWithinDates({ dateStart: at('2026-01-01T12:00:00Z'), dateEnd: at('2026-01-01T12:00:00Z') }, now),
    ).toBe(true);
  });

  it('refuses a share that has not started or has ended', () => {
    expect(isWithinDates({ dateStart: at('2026-01-01T12:00:01Z'), dateEnd: null }, now)).toBe(false);
    expect(isWithinDates({ dateStart: null, dateEnd: at('2026-01-01T11:59:59Z') }, now)).toBe(false);
  });
});
