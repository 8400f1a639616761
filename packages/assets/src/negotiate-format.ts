/**
 * The output format `format=auto` picks from a request's `Accept` header: AVIF when the client takes it,
 * else WebP, else `undefined` (keep the original's format). Responses that used it vary on `Accept`.
 */
export function negotiateFormat(accept: string | undefined): 'avif' | 'webp' | undefined {
  if (accept?.includes('image/avif')) return 'avif';
  if (accept?.includes('image/webp')) return 'webp';
  return undefined;
}
