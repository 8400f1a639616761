// setTimeout takes at most a signed 32-bit delay; later moments are reached in several steps.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Runs `fn` once at the wall-clock moment `at` (epoch ms), at once when it has passed, however far
 * away it is.
 *
 * @returns a function that cancels the run.
 */
export function scheduleAt(at: number, fn: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const left = at - Date.now();
    timer = left > MAX_DELAY ? setTimeout(arm, MAX_DELAY) : setTimeout(fn, Math.max(left, 0));
  };
  arm();
  return () => clearTimeout(timer);
}
