import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI, as `npm start` runs it. */
export const CLI_PATH = fileURLToPath(new URL('../../apps/api/dist/cli.js', import.meta.url));
/** The root start script behind the README's start command. */
export const START_SCRIPT = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));

/** A fresh, empty working directory, like a new checkout's. */
export function createWorkDir(): string {
  return mkdtempSync(join(tmpdir(), 'plinth-e2e-'));
}

/** Only what a process needs from this one: no DB_*, TEST_* or other settings leak in. */
export function cleanEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...settings };
}

/** A running plinth process. */
export interface RunningPlinth {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Spawns `node <script> start` and resolves once the banner names the URL. */
export function startPlinth(options: {
  cwd: string;
  env: Record<string, string>;
  script?: string;
  timeoutMs?: number;
}): Promise<RunningPlinth> {
  const child = spawn(process.execPath, [options.script ?? CLI_PATH, ...(options.script ? [] : ['start'])], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`plinth did not start within ${options.timeoutMs ?? 45_000} ms:\n${output}`));
    }, options.timeoutMs ?? 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Plinth is running at (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`plinth exited with ${code} before it started:\n${output}`));
    });
  });
}

/** Runs a plinth command to its end. */
export function runPlinth(
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
