/** The engines Plinth's integration tests run on. MS SQL is covered by compiled-SQL snapshots instead. */
export type TestEngineClient = 'sqlite' | 'pg' | 'mysql';

/** One engine an integration test file can run on. */
export interface TestEngine {
  client: TestEngineClient;
  /** The variable that turns this engine on, or `null` for SQLite, which always runs. */
  envVar: string | null;
  /** The server's URL; `'file'` for SQLite; `undefined` when `envVar` is not set, so the tests skip. */
  url: string | undefined;
}

/**
 * SQLite always; PostgreSQL and MariaDB/MySQL when `TEST_PG_URL` / `TEST_MYSQL_URL` are set.
 * Always three entries in that order, so a test file can `describe.skipIf(!engine.url)` each one
 * and the skipped ones still show in the report.
 *
 * @param env Where the URLs are read from. @default process.env
 */
export function listTestEngines(
  env: Readonly<Record<string, string | undefined>> = process.env,
): TestEngine[] {
  return [
    { client: 'sqlite', envVar: null, url: 'file' },
    { client: 'pg', envVar: 'TEST_PG_URL', url: env['TEST_PG_URL'] || undefined },
    { client: 'mysql', envVar: 'TEST_MYSQL_URL', url: env['TEST_MYSQL_URL'] || undefined },
  ];
}
