import { ServiceUnavailableError } from '@plinth/errors';

/** Options of {@link createTransformLimiter}. */
export interface TransformLimiterOptions {
  /** `ASSETS_TRANSFORM_MAX_CONCURRENT`: transforms running at once. */
  maxConcurrent: number;
  /** Transforms that may wait for a slot; one more is refused with a 503. @default Infinity */
  maxQueued?: number;
}

/** Hands out transform slots; shared by every transform of one server. */
export interface TransformLimiter {
  /** Waits for a slot and resolves with the function that gives it back (calling it twice is harmless). */
  acquire(): Promise<() => void>;
  /** Transforms running and waiting now. */
  stats(): { active: number; queued: number };
}

/**
 * A first-in-first-out semaphore for image transforms: at most `maxConcurrent` run, the rest wait in
 * order. Beyond `maxQueued` waiting, `acquire` fails at once with SERVICE_UNAVAILABLE (503, "Server too
 * busy"), as Directus answers when sharp's queue is full.
 */
export function createTransformLimiter(options: TransformLimiterOptions): TransformLimiter {
  const maxQueued = options.maxQueued ?? Number.POSITIVE_INFINITY;
  const waiting: Array<() => void> = [];
  let active = 0;

  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    };
  };

  return {
    acquire() {
      if (active < options.maxConcurrent) {
        active += 1;
        return Promise.resolve(releaser());
      }
      if (waiting.length >= maxQueued) {
        return Promise.reject(new ServiceUnavailableError({ service: 'assets', reason: 'Server too busy' }));
      }
      // The slot passes straight from the releasing transform to the next waiting one.
      return new Promise((resolve) => waiting.push(() => resolve(releaser())));
    },
    stats: () => ({ active, queued: waiting.length }),
  };
}
