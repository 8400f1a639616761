import { RangeNotSatisfiableError } from '@plinth/errors';

/** Both inclusive ends of the bytes to send. */
export interface ServedRange {
  start: number;
  end: number;
}

/**
 * Reads a `Range` header for an object of `size` bytes: `bytes=a-b`, `bytes=a-` and the suffix form
 * `bytes=-n`. Returns `undefined` for no header, another unit or several ranges (the whole object is
 * sent then, as RFC 9110 allows).
 *
 * @throws RANGE_NOT_SATISFIABLE (416) for a malformed range or one outside the object.
 */
export function parseRange(header: string | undefined, size: number): ServedRange | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^bytes=(.*)$/i.exec(header.trim());
  if (!match || match[1]!.includes(',')) return undefined;
  const [rawStart = '', rawEnd = ''] = match[1]!.trim().split('-');
  const digits = /^\d*$/;
  const startGiven = rawStart !== '';
  const endGiven = rawEnd !== '';
  const refuse = (): never => {
    throw new RangeNotSatisfiableError({
      range: {
        ...(startGiven ? { start: Number(rawStart) } : {}),
        ...(endGiven ? { end: Number(rawEnd) } : {}),
      },
    });
  };
  if (!digits.test(rawStart) || !digits.test(rawEnd) || (!startGiven && !endGiven)) return refuse();
  if (!startGiven) {
    const length = Number(rawEnd);
    if (length === 0 || size === 0) return refuse();
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(rawStart);
  const end = endGiven ? Math.min(Number(rawEnd), size - 1) : size - 1;
  if (start >= size || (endGiven && Number(rawEnd) < start)) return refuse();
  return { start, end };
}
