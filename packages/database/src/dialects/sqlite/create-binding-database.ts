import type { Database, Statement } from 'better-sqlite3';
import { toSqliteParameter } from './to-sqlite-parameter.js';

type ParameterMethod = 'all' | 'get' | 'run' | 'iterate';
const PARAMETER_METHODS = new Set<string | symbol>(['all', 'get', 'run', 'iterate']);

function adaptStatement(statement: Statement): Statement {
  return new Proxy(statement, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver);
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

/**
 * Wraps a better-sqlite3 connection so every prepared statement binds booleans and Dates the way
 * the other engines do; query builders and raw SQL alike go through `prepare`.
 */
export function createBindingDatabase(database: Database): Database {
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property === 'prepare') return (sql: string) => adaptStatement(target.prepare(sql));
      const member = Reflect.get(target, property, receiver);
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
}
