import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleAt } from './schedule-at.js';

describe('scheduleAt', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at the moment, also past the longest timer delay, and not once cancelled', () => {
    vi.useFakeTimers();
    const far = vi.fn();
    const cancelled = vi.fn();
    scheduleAt(Date.now() + 2 ** 31 + 5_000, far);
    const cancel = scheduleAt(Date.now() + 1_000, cancelled);
    cancel();
    vi.advanceTimersByTime(2 ** 31);
    expect(far).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(far).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs at once for a moment that has passed', () => {
    vi.useFakeTimers();
    const late = vi.fn();
    scheduleAt(Date.now() - 10, late);
    vi.advanceTimersByTime(0);
    expect(late).toHaveBeenCalledOnce();
  });
});
