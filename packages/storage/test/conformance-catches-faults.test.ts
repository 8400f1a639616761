import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface AssertionResult {
  ancestorTitles: string[];
  title: string;
  status: string;
}

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the kit over the faulty drivers in a child vitest and returns the failed case names per driver. */
async function failuresByDriver(): Promise<Map<string, string[]>> {
  const vitest = join(packageDir, 'node_modules/vitest/vitest.mjs');
  const run = await promisify(execFile)(
    process.execPath,
    [vitest, 'run', '--config', 'test/fixtures/vitest.fixture.config.ts'],
    { cwd: packageDir, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
    testResults: { assertionResults: AssertionResult[] }[];
  };
  const failures = new Map<string, string[]>();
  for (const result of report.testResults.flatMap((file) => file.assertionResults)) {
    if (result.status !== 'failed') continue;
    const driver = result.ancestorTitles[0]!.replace('storage conformance: ', '');
    failures.set(driver, [...(failures.get(driver) ?? []), result.title]);
  }
  return failures;
}

describe('the conformance kit', () => {
  it('fails each driver with a planted fault, on the case that covers it', async () => {
    const failures = await failuresByDriver();
    expect(failures.get('accepts-any-key')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^refuses /)]),
    );
    expect(failures.get('exclusive-range-end')).toContain('reads between two offsets, both inclusive');
    expect(failures.get('list-ignores-prefix')).toContain('treats the prefix as a plain string prefix');
    expect(failures.get('plain-not-found')).toContain('answers a missing object with STORAGE_NOT_FOUND');
    expect(failures.get('keeps-partial-writes')).toContain(
      'leaves the previous object in place when the body fails midway',
    );
  }, 60_000);
});
