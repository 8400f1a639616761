import type { RealtimeClient } from './realtime-client.js';

/**
 * Pings every client each `periodMs` (`{"type":"ping"}`). A client that sent nothing at all since the
 * previous ping is closed: any frame counts as a sign of life, a `pong` being the usual one.
 *
 * @returns a function that stops the heartbeat.
 */
export function startHeartbeat(clients: ReadonlySet<RealtimeClient>, periodMs: number): () => void {
  const ping = JSON.stringify({ type: 'ping' });
  const timer = setInterval(() => {
    for (const client of clients) {
      if (!client.alive) {
        client.close(1000, 'Heartbeat missed.');
        continue;
      }
      client.alive = false;
      client.sendText(ping);
    }
  }, periodMs);
  timer.unref();
  return () => clearInterval(timer);
}
