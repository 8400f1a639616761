#!/usr/bin/env node
import { Command } from 'commander';
import { bootstrap } from './commands/bootstrap.js';
import { migrate } from './commands/migrate.js';
import { schemaApply } from './commands/schema-apply.js';
import { schemaSnapshot } from './commands/schema-snapshot.js';
import { start } from './commands/start.js';
import { openRuntime } from './lib/open-runtime.js';
import { readVersion } from './lib/read-version.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const warnRetry = (attempt: number, error: Error) =>
  process.stderr.write(
    `plinth: database not reachable yet (try ${attempt}: ${error.message}); retrying...\n`,
  );

/** Every failure ends in one line on stderr and exit code 1; DEBUG=plinth adds the stack. */
function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`plinth: ${message.split('\n')[0]}\n`);
  if (process.env.DEBUG?.includes('plinth') && error instanceof Error)
    process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

const program = new Command('plinth')
  .description('Plinth: an instant REST, GraphQL and WebSocket API over your SQL database.')
  .version(readVersion());

program
  .command('bootstrap')
  .description(
    'Migrate the system tables and create the first admin (ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_TOKEN).',
  )
  .action(async () => {
    const runtime = await openRuntime({ onRetry: warnRetry });
    try {
      const result = await bootstrap(runtime, print);
      if (result.admin?.password)
        print(`Admin ${result.admin.email} created with password ${result.admin.password}`);
      else if (result.admin) print(`Admin ${result.admin.email} created.`);
      else print('Database is ready; an admin already exists.');
    } finally {
      await runtime.close();
    }
  });

program
  .command('start')
  .description('Bootstrap an empty database, then serve the API (HOST, PORT; default port 8055).')
  .action(async () => {
    const runtime = await openRuntime({ onRetry: warnRetry, withRedis: true });
    const server = await start(runtime, readVersion(), print).catch(async (error) => {
      await runtime.close().catch(() => {});
      throw error;
    });
    const shutdown = (signal: string) => {
      print(`\nplinth: ${signal} received, finishing in-flight requests...`);
      server.stop().then(
        () => process.exit(0),
        (error) => fail(error),
      );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });

program
  .command('migrate')
  .description('Run system-table migrations: latest (default), down (revert the last one) or status.')
  .argument('[direction]', 'latest | down | status', 'latest')
  .action(async (direction: string) => {
    if (direction !== 'latest' && direction !== 'down' && direction !== 'status') {
      fail(new Error(`Unknown migrate direction "${direction}". Use: plinth migrate latest|down|status`));
    }
    const runtime = await openRuntime({ onRetry: warnRetry });
    try {
      await migrate(runtime, direction, print);
    } finally {
      await runtime.close();
    }
  });

const schema = program
  .command('schema')
  .description('Move a data model between databases: snapshot, then apply.');

schema
  .command('snapshot')
  .description('Write the data model as YAML (or JSON for a .json file) to a file, or to stdout.')
  .argument('[file]', 'where to write it')
  .action(async (file: string | undefined) => {
    const runtime = await openRuntime({ onRetry: warnRetry });
    try {
      await schemaSnapshot(runtime, readVersion(), file, (line) => process.stderr.write(`${line}\n`));
    } finally {
      await runtime.close();
    }
  });

schema
  .command('apply')
  .description('Make this database match a snapshot: shows the changes, asks, then applies them.')
  .argument('<file>', 'a snapshot file (YAML or JSON)')
  .option('-y, --yes', 'apply without asking', false)
  .option('--dry-run', 'only show the changes', false)
  .action(async (file: string, options: { yes: boolean; dryRun: boolean }) => {
    const runtime = await openRuntime({ onRetry: warnRetry });
    try {
      await schemaApply(runtime, readVersion(), file, options, print);
    } finally {
      await runtime.close();
    }
  });

program.parseAsync(process.argv).catch(fail);
