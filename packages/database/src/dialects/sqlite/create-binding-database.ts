import type { Database, Statement } from 'better-sqlite3';
import { toSqliteParameter } from './to-sqlite-parameter.js';

type ParameterMethod = 'all' | 'get' | 'run' | 'iterate';
const PARAMETER_METHODS = new Set<string | symbol>(['all', 'get', 'run', 'iterate']);

function adaptStatement(statement: Statement): Statement {
  return new Proxy(statement, {
    get(target, property) {
      // Native accessors (`busy`, `reader`) must see the statement itself, not the proxy.
      const member = Reflect.get(target, property);
      if (!PARAMETER_METHODS.has(property) || typeof member !== 'function') {
        return typeof member === 'function' ? member.bind(target) : member;
      }
      return (...parameters: unknown[]) =>
        (target[property as ParameterMethod] as (...args: unknown[]) => unknown)(
          ...parameters.map((parameter) =>
            Array.isArray(parameter) ? parameter.map(toSqliteParameter) : toSqliteParameter(parameter),
          ),
        );
    },
  });
}

const CACHED_STATEMENTS = 256;

/** Keeps the most recently used statements prepared: preparing costs as much as running a small read. */
function createStatementCache(database: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      cache.delete(sql);
      cache.set(sql, cached);
      return cached;
    }
    const statement = adaptStatement(database.prepare(sql));
    if (cached) return statement;
    cache.set(sql, statement);
    if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
    return statement;
  };
}

/**
 * Wraps a better-sqlite3 connection so every prepared statement binds booleans and Dates the way
 * the other engines do; query builders and raw SQL alike go through `prepare`, which reuses statements
 * by their SQL text.
 */
export function createBindingDatabase(database: Database): Database {
  const prepare = createStatementCache(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const member = Reflect.get(target, property, receiver);
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
}
