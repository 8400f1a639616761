import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `plinth` command; `npm test` builds the workspace before it runs any test. */
export const CLI_PATH = fileURLToPath(new URL('../../api/dist/cli.js', import.meta.url));

/** A plinth process on the embedded default (a fresh SQLite file) and how to stop it. */
export interface RunningPlinth {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `plinth start` in a new temporary folder with the given settings; resolves on its banner. */
export function startPlinth(settings: Record<string, string>): Promise<RunningPlinth> {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`The plinth command is not built (${CLI_PATH}): run \`npm run build\` first.`);
  }
  const cwd = mkdtempSync(join(tmpdir(), 'plinth-admin-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [CLI_PATH, 'start'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', PORT: '0', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`plinth did not start in 45 s:\n${output}`));
    }, 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Plinth is running at (\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`plinth exited before it started:\n${output}`));
    });
  });
}
