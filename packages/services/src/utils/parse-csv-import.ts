import { pipeline, Readable } from 'node:stream';
import { InvalidPayloadError, isPlinthError } from '@plinth/errors';
import { parse } from 'csv-parse';
import type { ImportBytes } from './import-bytes.js';

/** A cell's value: empty cells are left out, JSON other than a bare number is parsed, the rest stays text. */
function toCellValue(cell: string): unknown {
  if (cell === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(cell);
    return typeof parsed === 'number' ? cell : parsed;
  } catch {
    return cell;
  }
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Sets `value` at a dot path (`author.name`), creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some((key) => UNSAFE_KEYS.has(key))) return;
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null ? next : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** One CSV record as an item: header cells are field names or dot paths into nested objects. */
function toItem(record: Record<string, string>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [header, cell] of Object.entries(record)) {
    const value = toCellValue(cell);
    if (value !== undefined) setPath(item, header, value);
  }
  return item;
}

/**
 * The items of a CSV import file, read as a stream: the first row names the fields (dot paths reach
 * into nested objects), each further row is one item.
 *
 * @throws INVALID_PAYLOAD for a malformed file (unbalanced quotes, a row with the wrong cell count).
 */
export async function* parseCsvImport(source: ImportBytes): AsyncGenerator<Record<string, unknown>> {
  const parser = parse({ columns: (header: string[]) => header.map((name) => name.trim()), bom: true });
  // The pipeline's failures reach the loop below through the parser, which it destroys with them.
  pipeline(Readable.from(source), parser, () => {});
  try {
    for await (const record of parser) yield toItem(record as Record<string, string>);
  } catch (error) {
    if (isPlinthError(error)) throw error;
    throw new InvalidPayloadError({ reason: `Invalid CSV: ${(error as Error).message}` });
  } finally {
    parser.destroy();
  }
}
