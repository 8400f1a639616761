import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.js';

describe('formatDuration', () => {
  it('writes the short form in the largest whole unit', () => {
    expect(formatDuration(0)).toBe('0ms');
    expect(formatDuration(999)).toBe('999ms');
    expect(formatDuration(1000)).toBe('1s');
    expect(formatDuration(1499)).toBe('1s');
    expect(formatDuration(1500)).toBe('2s');
    expect(formatDuration(90_000)).toBe('2m');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(2 * 86_400_000)).toBe('2d');
  });

  it('writes the long form with plurals', () => {
    expect(formatDuration(500, 'long')).toBe('500 ms');
    expect(formatDuration(1000, 'long')).toBe('1 second');
    expect(formatDuration(1500, 'long')).toBe('2 seconds');
    expect(formatDuration(60_000, 'long')).toBe('1 minute');
    expect(formatDuration(7_200_000, 'long')).toBe('2 hours');
    expect(formatDuration(86_400_000, 'long')).toBe('1 day');
  });
});
