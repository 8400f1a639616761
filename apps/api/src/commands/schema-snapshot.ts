import { writeFile } from 'node:fs/promises';
import { createSnapshot, toSnapshotYaml } from '@plinth/services';
import { createSystemContext } from '../lib/create-system-context.js';
import type { Runtime } from '../lib/open-runtime.js';

/** `plinth schema snapshot [file]`: the data model as YAML (JSON when the file ends in .json), to a file or stdout. */
export async function schemaSnapshot(
  runtime: Runtime,
  version: string,
  file: string | undefined,
  print: (line: string) => void,
): Promise<void> {
  const ctx = await createSystemContext(runtime.env, runtime.database);
  const snapshot = createSnapshot(ctx, version);
  const text = file?.endsWith('.json') ? `${JSON.stringify(snapshot, null, 2)}\n` : toSnapshotYaml(snapshot);
  if (!file) {
    process.stdout.write(text);
    return;
  }
  await writeFile(file, text);
  print(
    `Snapshot of ${snapshot.collections.length} collections, ${snapshot.fields.length} fields and ` +
      `${snapshot.relations.length} relations written to ${file}.`,
  );
}
