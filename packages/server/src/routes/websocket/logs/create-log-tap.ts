/** What one log line looks like on the logs socket. */
export type LogEntry = Record<string, unknown> & { level: number };

/** Receives the lines the tap sees. */
export type LogListener = (entry: LogEntry) => void;

/**
 * A pino destination that hands the server's log lines to listeners (the logs socket). With none
 * listening, a line costs one size check: nothing is parsed.
 */
export interface LogTap {
  /** Called by pino with one serialized line. */
  write(line: string): void;
  /** Adds a listener; returns a function that removes it. */
  listen(listener: LogListener): () => void;
}

/** Shapes of a streamed line (`WEBSOCKETS_LOGS_STYLE`). */
export type LogStyle = 'pretty' | 'raw';

function toEntry(line: string, style: LogStyle): LogEntry | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  if (typeof record['level'] !== 'number') return null;
  if (style === 'raw') return record as LogEntry;
  return { level: record['level'], time: record['time'], msg: record['msg'] };
}

/**
 * Creates a tap. `pretty` passes each line's `level`, `time` and `msg`; `raw` the whole JSON line.
 * A listener that throws is not allowed to break logging.
 */
export function createLogTap(style: LogStyle = 'pretty'): LogTap {
  const listeners = new Set<LogListener>();
  return {
    write(line) {
      if (listeners.size === 0) return;
      const entry = toEntry(line, style);
      if (entry === null) return;
      for (const listener of listeners) {
        try {
          listener(entry);
        } catch {
          // A failing listener must not turn into a failing log call.
        }
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
