/**
 * The moment `ms` from now, rounded up to a whole second. MySQL's `timestamp` keeps whole seconds and
 * rounds to the nearest; rounding up here first means a fresh session never reads as already expired,
 * and every engine stores the same moment.
 */
export function expiresIn(ms: number, now = Date.now()): Date {
  return new Date(Math.ceil((now + ms) / 1000) * 1000);
}
