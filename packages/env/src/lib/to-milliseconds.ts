const unitMs: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_557_600_000,
};

const durationPattern = /^(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m|h|d|w|y)?$/i;

/** `'15m'` → 900000; a bare number is read in `bareUnit`. `undefined` when the text is not a duration. */
export function toMilliseconds(text: string, bareUnit: 'ms' | 's'): number | undefined {
  const match = durationPattern.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? bareUnit).toLowerCase();
  return Math.round(Number(match[1]) * (unitMs[unit] ?? 1));
}
