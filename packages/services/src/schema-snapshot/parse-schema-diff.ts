import { InvalidPayloadError } from '@plinth/errors';
import type { SchemaDiff } from './snapshot-types.js';

const LISTS = ['collections', 'fields', 'systemFields', 'relations'] as const;

/** Checks a `POST /schema/apply` body: `{hash, diff}` exactly as `POST /schema/diff` returned them. */
export function parseSchemaDiff(body: unknown): { hash: string; diff: SchemaDiff } {
  const record = body as { hash?: unknown; diff?: Record<string, unknown> } | null;
  if (typeof record !== 'object' || record === null)
    throw new InvalidPayloadError({ reason: 'Body must be an object' });
  if (typeof record.hash !== 'string') throw new InvalidPayloadError({ reason: '"hash" is required' });
  if (typeof record.diff !== 'object' || record.diff === null) {
    throw new InvalidPayloadError({ reason: '"diff" is required' });
  }
  const diff: Record<string, unknown[]> = {};
  for (const key of LISTS) {
    const list = record.diff[key] ?? [];
    if (!Array.isArray(list)) throw new InvalidPayloadError({ reason: `"diff.${key}" must be an array` });
    for (const [index, entry] of list.entries()) {
      const item = entry as { collection?: unknown; diff?: unknown } | null;
      if (typeof item?.collection !== 'string' || !Array.isArray(item.diff)) {
        throw new InvalidPayloadError({
          reason: `"diff.${key}[${index}]" needs "collection" and a "diff" array`,
        });
      }
    }
    diff[key] = list;
  }
  return { hash: record.hash, diff: diff as unknown as SchemaDiff };
}
