import type { LogEntry, LogTap } from './create-log-tap.js';
import { LOG_LEVELS, type LogLevel } from './log-levels.js';

/** Where log lines go: one logs socket. */
export interface LogReceiver {
  sendText(text: string): void;
}

/** The logs sockets subscribed to the tap, each from its own level up. */
export interface LogSubscribers {
  /** Subscribes (or moves) a socket to the lines at `level` and above. */
  subscribe(receiver: LogReceiver, level: LogLevel): void;
  unsubscribe(receiver: LogReceiver): void;
}

/**
 * Creates the registry. The tap is listened to only while some socket is subscribed, and each line
 * is serialized once for all of them. `nodeId` goes out as every line's `uid`, telling the instances
 * of a cluster apart.
 */
export function createLogSubscribers(tap: LogTap, nodeId: string): LogSubscribers {
  const floors = new Map<LogReceiver, number>();
  let stopListening: (() => void) | null = null;
  const deliver = (entry: LogEntry) => {
    let text: string | undefined;
    for (const [receiver, floor] of floors) {
      if (entry.level < floor) continue;
      text ??= JSON.stringify({ type: 'logs', data: entry, uid: nodeId });
      receiver.sendText(text);
    }
  };
  return {
    subscribe(receiver, level) {
      floors.set(receiver, LOG_LEVELS[level]);
      stopListening ??= tap.listen(deliver);
    },
    unsubscribe(receiver) {
      floors.delete(receiver);
      if (floors.size > 0 || !stopListening) return;
      stopListening();
      stopListening = null;
    },
  };
}
