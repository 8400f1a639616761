// Helpers for the root scripts: run pnpm without a global install, and install/build on demand.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const packageManager = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;

/** Runs pnpm: the one that launched us when there is one, else the pinned version through npx. */
export function pnpm(args, options = {}) {
  const launcher = process.env.npm_execpath ?? '';
  const [command, prefix] = /pnpm/.test(launcher)
    ? [process.execPath, [launcher]]
    : [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', packageManager]];
  const result = spawnSync(command, [...prefix, ...args], { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Exits with pnpm's status when it failed, after saying which step it was. */
export function pnpmOrExit(step, args, options) {
  const status = pnpm(args, options);
  if (status !== 0) {
    process.stderr.write(
      `\n${step} failed (exit ${status}). Fix the error above, then run the command again.\n`,
    );
    process.exit(status);
  }
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lockfile = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs) return;
  process.stdout.write(
    'Installing dependencies (first run only; native modules may compile for a minute or two)...\n',
  );
  pnpmOrExit('Installing dependencies', ['install', '--frozen-lockfile']);
}
