import { invalidQuery } from './invalid-query.js';
import { splitTopLevel } from './split-top-level.js';
import { toArray } from './to-array.js';

/**
 * Reads a list parameter (`fields`, `sort`, `groupBy`, `meta`, `_sort`, ...): a comma list, an array whose
 * items may themselves be comma lists (`fields[]=id,title`), or a JSON array as text (what the SDK sends for
 * keys it does not know, such as `meta: ['total_count']`). Returns `null` when nothing is left after trimming.
 */
export function parseStringList(raw: unknown, name: string): string[] | null {
  if (raw === undefined || raw === null) return null;

  let items: unknown[] | undefined;
  if (typeof raw === 'string') items = fromJsonArrayText(raw) ?? [raw];
  else items = toArray(raw);

  if (items === undefined) throw invalidQuery(`"${name}" must be a string or an array of strings`);

  const list: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') throw invalidQuery(`"${name}" must be a string or an array of strings`);
    list.push(...splitTopLevel(item));
  }
  return list.length > 0 ? list : null;
}

function fromJsonArrayText(text: string): unknown[] | undefined {
  if (!text.trimStart().startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
