const unitBytes: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
  pb: 1024 ** 5,
};

const sizePattern = /^(\d+(?:\.\d+)?|\.\d+)\s*(b|kb|mb|gb|tb|pb)?$/i;

/** `'1mb'` → 1048576 (1024-based, like the `bytes` package Directus uses); `undefined` when not a size. */
export function toBytes(text: string): number | undefined {
  const match = sizePattern.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  return Math.floor(Number(match[1]) * (unitBytes[unit] ?? 1));
}
