import { toDatabaseConfig } from '@plinth/env';
import { createServer } from '@plinth/server';
import type { FastifyInstance } from 'fastify';
import { describeDatabase } from '../lib/describe-database.js';
import { describeListenError } from '../lib/describe-listen-error.js';
import { ensureLocalStorageRoots } from '../lib/ensure-local-storage-roots.js';
import { formatBanner } from '../lib/format-banner.js';
import type { Runtime } from '../lib/open-runtime.js';
import { bootstrap } from './bootstrap.js';

/** A server that listens, and how to stop it cleanly. */
export interface StartedServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/**
 * `plinth start`: bootstrap the database if needed, then serve. Stopping (SIGTERM, SIGINT) lets
 * in-flight requests finish, refuses new ones with 503, then closes the connections.
 */
export async function start(
  runtime: Runtime,
  version: string,
  print: (line: string) => void,
): Promise<StartedServer> {
  const { env } = runtime;
  if (env.SECRET_IS_GENERATED) {
    print(
      'plinth: SECRET is not set, so a random one is used and sign-ins end at every restart. Set SECRET to a long random string.',
    );
  }
  const result = await bootstrap(runtime, print);
  await ensureLocalStorageRoots(env, process.cwd());
  const app = await createServer({
    env,
    database: runtime.database,
    version,
    ...(runtime.redis ? { redis: runtime.redis } : {}),
  });
  try {
    await app.listen({ host: env.HOST, port: env.PORT });
  } catch (error) {
    await app.close();
    throw new Error(describeListenError(error as NodeJS.ErrnoException, env.HOST, env.PORT));
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = `http://${host}:${port}`;
  print(
    formatBanner({
      url,
      adminEmail: result.admin?.email ?? env.ADMIN_EMAIL,
      generatedPassword: result.admin?.password ?? null,
      createdAdmin: result.admin !== null,
      databaseLabel: describeDatabase(toDatabaseConfig(env)),
    }),
  );
  return {
    app,
    url,
    async stop() {
      await app.close();
      await runtime.close();
    },
  };
}
