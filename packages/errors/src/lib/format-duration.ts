const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const units = [
  { size: DAY, short: 'd', long: 'day' },
  { size: HOUR, short: 'h', long: 'hour' },
  { size: MINUTE, short: 'm', long: 'minute' },
  { size: SECOND, short: 's', long: 'second' },
] as const;

/**
 * Renders milliseconds in the largest whole unit, rounded: `1500` → `2s` (short) or `2 seconds` (long);
 * below a second the value stays in `ms`. Messages on the wire use this wording, so it is kept stable here
 * rather than taken from a dependency.
 */
export function formatDuration(ms: number, style: 'short' | 'long' = 'short'): string {
  const abs = Math.abs(ms);

  for (const unit of units) {
    if (abs < unit.size) continue;
    const count = Math.round(ms / unit.size);
    if (style === 'short') return `${count}${unit.short}`;
    // "1 minute" but "2 minutes": plural once the value rounds away from one.
    return `${count} ${unit.long}${abs >= unit.size * 1.5 ? 's' : ''}`;
  }

  return style === 'short' ? `${ms}ms` : `${ms} ms`;
}
