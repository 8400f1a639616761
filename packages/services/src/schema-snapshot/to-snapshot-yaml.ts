import { stringify } from 'yaml';
import type { Snapshot } from './snapshot-types.js';

/** A snapshot as YAML, the format people keep in their repositories. */
export function toSnapshotYaml(snapshot: Snapshot): string {
  return stringify(snapshot, { lineWidth: 0 });
}
