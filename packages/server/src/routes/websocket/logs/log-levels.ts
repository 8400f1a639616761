/** pino's levels and their numbers, lowest first. */
export const LOG_LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

/** A level a log line can have. */
export type LogLevel = keyof typeof LOG_LEVELS;

/** Whether a value names a log level (`silent` is not one: nothing is logged at it). */
export const isLogLevel = (value: unknown): value is LogLevel =>
  typeof value === 'string' && Object.hasOwn(LOG_LEVELS, value);

/** The number of a level setting; `silent` is above every level. */
export const levelNumber = (level: string): number =>
  isLogLevel(level) ? LOG_LEVELS[level] : Number.POSITIVE_INFINITY;

/** The levels at or above `lowest`, with their numbers (none for `silent`). */
export function logLevelsFrom(lowest: string): Partial<Record<LogLevel, number>> {
  const floor = levelNumber(lowest);
  return Object.fromEntries(Object.entries(LOG_LEVELS).filter(([, value]) => value >= floor));
}
