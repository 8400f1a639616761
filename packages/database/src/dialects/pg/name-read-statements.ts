import type pg from 'pg';

/** The start of every item read the query compiler makes: one `data` column of type `json`. */
const READ_PREFIX = 'select json_build_object(';

/** How many statement texts one pool names at most, so prepared statements per connection stay bounded. */
const MAX_NAMED_STATEMENTS = 256;

/**
 * Answers the name a statement runs under as a server-side prepared statement, or `undefined` to run it
 * unnamed. Only item reads are named: their one result column is always `json`, so a data-model change
 * can never make PostgreSQL refuse a cached plan for changing its result type. A text is named the second
 * time it is seen (one-off reads never take a slot), and at most `max` texts are ever named.
 */
export function createStatementNamer(max = MAX_NAMED_STATEMENTS): (text: string) => string | undefined {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();
  return (text) => {
    if (!text.startsWith(READ_PREFIX)) return undefined;
    const known = names.get(text);
    if (known !== undefined || names.size >= max) return known;
    if (!seenOnce.has(text)) {
      if (seenOnce.size >= max * 4) seenOnce.clear();
      seenOnce.add(text);
      return undefined;
    }
    seenOnce.delete(text);
    const name = `plinth_read_${names.size + 1}`;
    names.set(text, name);
    return name;
  };
}

type QueryArguments = [config: unknown, values?: unknown, callback?: unknown];

function nameQueries(client: pg.PoolClient, nameOf: (text: string) => string | undefined): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: QueryArguments) => {
    const [config, values, callback] = args;
    const name = typeof config === 'string' && Array.isArray(values) ? nameOf(config) : undefined;
    if (name === undefined) return query(...args);
    const named = { name, text: config, values };
    return callback === undefined ? query(named) : query(named, callback);
  }) as typeof client.query;
}

/**
 * Makes the pool's clients run repeated item reads as named prepared statements: PostgreSQL then parses
 * and plans such a read once per connection instead of on every request. Everything else runs as before.
 */
export function withNamedReads(pool: pg.Pool, nameOf = createStatementNamer()): pg.Pool {
  const named = new WeakSet<pg.PoolClient>();
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    // Callback-style callers are left as they are; Kysely awaits `connect()`.
    if (args.length > 0) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      if (!named.has(client)) {
        named.add(client);
        nameQueries(client, nameOf);
      }
      return client;
    });
  }) as typeof pool.connect;
  return pool;
}
