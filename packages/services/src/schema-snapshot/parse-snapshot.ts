import { InvalidPayloadError } from '@plinth/errors';
import { parse as parseYaml } from 'yaml';
import type { Snapshot } from './snapshot-types.js';

const LISTS = ['collections', 'fields', 'relations'] as const;

function invalid(reason: string): InvalidPayloadError {
  return new InvalidPayloadError({ reason });
}

/**
 * Checks that a value is a snapshot document (`GET /schema/snapshot`'s shape) and returns it with
 * the optional `systemFields` list filled in. Text is read as JSON or YAML.
 */
export function parseSnapshot(input: unknown): Snapshot {
  let value = input;
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    try {
      value = parseYaml(input.toString());
    } catch (error) {
      throw invalid(`The snapshot is neither JSON nor YAML: ${(error as Error).message}`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('The snapshot must be an object');
  const snapshot = value as Record<string, unknown>;
  if (snapshot.version !== 1) throw invalid('"version" must be 1');
  for (const key of LISTS) {
    if (!Array.isArray(snapshot[key])) throw invalid(`"${key}" must be an array`);
    for (const [index, entry] of (snapshot[key] as unknown[]).entries()) {
      const record = entry as Record<string, unknown> | null;
      if (typeof record !== 'object' || record === null || typeof record.collection !== 'string') {
        throw invalid(`"${key}[${index}].collection" is required`);
      }
      if (key !== 'collections' && typeof record.field !== 'string') {
        throw invalid(`"${key}[${index}].field" is required`);
      }
    }
  }
  if (snapshot.systemFields !== undefined && !Array.isArray(snapshot.systemFields)) {
    throw invalid('"systemFields" must be an array');
  }
  return {
    ...(snapshot as unknown as Snapshot),
    systemFields: (snapshot.systemFields as Snapshot['systemFields']) ?? [],
  };
}
