// `npm test` / `pnpm test`: install and build what is missing, run every package's tests, then
// print one closing line with the totals of all of them.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, pnpm, pnpmOrExit, root } from './lib/workspace.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
ensureInstalled();

const workspaces = ['packages', 'apps', 'tests']
  .flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group)).map((name) => join(root, group, name))
      : [],
  )
  .filter((dir) => existsSync(join(dir, 'package.json')));
for (const dir of workspaces) rmSync(join(dir, 'test-results'), { recursive: true, force: true });

pnpmOrExit('Building', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { env });
const status = pnpm(['exec', 'turbo', 'run', 'test', '--concurrency=2', ...process.argv.slice(2)], { env });

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaces) {
  const file = join(dir, 'test-results', 'vitest.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(status);
