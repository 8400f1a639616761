// `npm start` / `pnpm start`: install and build what is missing, then `plinth start`.
// Configuration comes from the environment and .env, exactly as for the plinth command itself.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, pnpmOrExit, root } from './lib/workspace.mjs';

ensureInstalled();
pnpmOrExit(
  'Building',
  ['exec', 'turbo', 'run', 'build', '--filter=@plinth/api...', '--output-logs=errors-only'],
  {
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  },
);

const child = spawn(
  process.execPath,
  [join(root, 'apps/api/dist/cli.js'), 'start', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
