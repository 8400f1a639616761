/** The levels a log setting takes, pino's names plus `silent` (nothing). */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** How log lines are written: `pretty` for people, `raw` JSON for machines. */
export const logStyles = ['pretty', 'raw'] as const;
