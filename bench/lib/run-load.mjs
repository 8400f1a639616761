// Drives a server with lib/load-worker.mjs, with the duration and connections given on the command
// line (`--duration 5 --connections 10`).
import { Worker } from 'node:worker_threads';

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? Number(process.argv[index + 1]) : fallback;
};

/** The load of every run: `--duration` seconds (default 5) over `--connections` sockets (default 10). */
export const loadSettings = { durationMs: arg('duration', 5) * 1000, connections: arg('connections', 10) };

function toRequest(target, headers) {
  const {
    method = 'GET',
    path,
    body,
    headers: own = {},
  } = typeof target === 'string' ? { path: target } : target;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const merged = { ...headers, ...own, ...(payload ? { 'content-type': 'application/json' } : {}) };
  return { method, path, headers: merged, payload };
}

/**
 * Loads `port` with `targets` (GET paths, or `{ method, path, headers, body }` for JSON requests),
 * each sent with `headers`, after a one-second warm-up. Resolves to `{ requests, errors, elapsedMs,
 * p50, p99 }`.
 */
export function runLoad(port, targets, headers = {}) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: {
        port,
        targets: targets.map((target) => toRequest(target, headers)),
        ...loadSettings,
        warmupMs: 1000,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Requests per second of a load result, formatted. */
export const requestsPerSecond = (result) =>
  Math.round(result.requests / (result.elapsedMs / 1000)).toLocaleString('en-US');
