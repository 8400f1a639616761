import { InvalidPayloadError } from '@plinth/errors';
import { type ImportBytes, readAllBytes } from './import-bytes.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The items of a JSON import file, read whole: the file must hold one array of objects.
 *
 * @throws INVALID_PAYLOAD for text that is not JSON, or JSON that is not an array of objects.
 */
export async function parseJsonImport(source: ImportBytes): Promise<Record<string, unknown>[]> {
  const text = (await readAllBytes(source)).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InvalidPayloadError({ reason: `Invalid JSON: ${(error as Error).message}` });
  }
  if (!Array.isArray(parsed) || !parsed.every(isObject)) {
    throw new InvalidPayloadError({ reason: 'The import file must hold an array of objects' });
  }
  return parsed;
}
