import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { applySchemaDiff, diffSchema } from '@plinth/services';
import { createSystemContext } from '../lib/create-system-context.js';
import { formatSchemaDiff } from '../lib/format-schema-diff.js';
import type { Runtime } from '../lib/open-runtime.js';

/** Options of `plinth schema apply`. */
export interface SchemaApplyOptions {
  /** Apply without asking. */
  yes: boolean;
  /** Show the plan and stop. */
  dryRun: boolean;
}

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

/**
 * `plinth schema apply <file>`: shows what would change to make this database's model match the
 * snapshot, asks (unless --yes), then applies it. Applying the same snapshot again changes nothing.
 */
export async function schemaApply(
  runtime: Runtime,
  version: string,
  file: string,
  options: SchemaApplyOptions,
  print: (line: string) => void,
): Promise<void> {
  const text = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `Cannot read ${file} (${error.code ?? error.message}). Give the path of a snapshot file.`,
    );
  });
  const ctx = await createSystemContext(runtime.env, runtime.database);
  const result = diffSchema(ctx, text, version);
  if (!result) {
    print('The data model already matches the snapshot; nothing to do.');
    return;
  }
  const lines = formatSchemaDiff(result.diff);
  print(`${lines.length} change(s) to apply:`);
  for (const entry of lines) print(entry);
  if (options.dryRun) return;
  if (!options.yes) {
    if (!process.stdin.isTTY) throw new Error('Not applied: run with --yes to apply without a prompt.');
    if (!(await confirm('Apply these changes? [y/N] '))) {
      print('Nothing applied.');
      return;
    }
  }
  await applySchemaDiff(ctx, result, { version });
  print('Applied.');
}
