import type { PlinthDatabase } from '@plinth/database';
import type { QueryMeta } from '@plinth/types';
import type { CompiledQuery } from 'kysely';
import type { ReadNode } from '../validate/read-node.js';
import { compileCount } from './compile-count.js';
import { compileRead, type ReadRow } from './compile-read.js';
import { getReadDialect } from './dialects/get-read-dialect.js';
import { toRowFormatter } from './lib/to-row-formatter.js';
import type { ReadDialect } from './read-dialect.js';

/** Options of {@link executeRead}. */
export interface ExecuteReadOptions {
  /** Return the first item (or `null`) instead of a list: singletons, reads by primary key. @default false */
  single?: boolean;
}

/** A read compiled once to SQL text and parameters, ready to run any number of times. */
export interface PreparedRead {
  readonly node: ReadNode;
  readonly statement: CompiledQuery<ReadRow>;
  readonly dialect: ReadDialect;
  readonly format: ReturnType<typeof toRowFormatter>;
  /** The rows' JSON text can go to the wire as it is (see {@link runPreparedReadJson}). */
  readonly wireJson: boolean;
}

/** Compiles a validated read to its one statement and its row formatter, for {@link runPreparedRead}. */
export function prepareRead(db: Pick<PlinthDatabase, 'kysely' | 'client'>, node: ReadNode): PreparedRead {
  const dialect = getReadDialect(db.client);
  const format = node.aggregate ? null : toRowFormatter(node);
  return {
    node,
    statement: compileRead(node, { client: db.client }).compile(db.kysely),
    dialect,
    format,
    wireJson: format === null && dialect.wireJson?.fits(node) === true,
  };
}

function toItems(prepared: PreparedRead, rows: readonly ReadRow[]): unknown[] {
  const { dialect, format } = prepared;
  return rows.map((row) => {
    const item = dialect.parseData(row.data);
    if (format && item !== null && typeof item === 'object') format(item as Record<string, unknown>);
    return item;
  });
}

/** Runs a prepared read: a list of items, or with `single` the first item or `null`. */
export async function runPreparedRead(
  db: Pick<PlinthDatabase, 'kysely'>,
  prepared: PreparedRead,
  options: ExecuteReadOptions = {},
): Promise<unknown> {
  const { rows } = await db.kysely.executeQuery(prepared.statement);
  const items = toItems(prepared, rows);
  return options.single ? (items[0] ?? null) : items;
}

/** The rows' own JSON text, where the plan allows it and no row holds a number spelt the engine's way. */
function wireText(prepared: PreparedRead, rows: readonly ReadRow[], single: boolean): string | null {
  if (!prepared.wireJson) return null;
  const count = single ? Math.min(rows.length, 1) : rows.length;
  let joined = '';
  for (let i = 0; i < count; i++) {
    const data = rows[i]?.data;
    if (typeof data !== 'string') return null;
    joined = i === 0 ? data : `${joined},${data}`;
  }
  if (!prepared.dialect.wireJson?.matches(joined)) return null;
  if (single) return count === 0 ? 'null' : joined;
  return `[${joined}]`;
}

/**
 * {@link runPreparedRead} as JSON text: exactly `JSON.stringify` of its result. Where the engine's own
 * JSON text is already that (SQLite, for most reads), it is passed through without a parse.
 */
export async function runPreparedReadJson(
  db: Pick<PlinthDatabase, 'kysely'>,
  prepared: PreparedRead,
  options: ExecuteReadOptions = {},
): Promise<string> {
  const { rows } = await db.kysely.executeQuery(prepared.statement);
  const single = options.single === true;
  const text = wireText(prepared, rows, single);
  if (text !== null) return text;
  const items = toItems(prepared, single ? rows.slice(0, 1) : rows);
  return JSON.stringify(single ? (items[0] ?? null) : items);
}

/**
 * Runs a validated read as ONE statement and returns the items, already nested and formatted: a list, or
 * with `single` the first item or `null`.
 */
export async function executeRead(
  db: Pick<PlinthDatabase, 'kysely' | 'client'>,
  node: ReadNode,
  options: ExecuteReadOptions = {},
): Promise<unknown> {
  return runPreparedRead(db, prepareRead(db, node), options);
}

/** Runs the `meta` counts asked for, one small statement each. */
export async function executeMeta(
  db: Pick<PlinthDatabase, 'kysely' | 'client'>,
  node: ReadNode,
  meta: readonly QueryMeta[],
): Promise<Partial<Record<QueryMeta, number>>> {
  const result: Partial<Record<QueryMeta, number>> = {};
  for (const key of meta) {
    const { rows } = await compileCount(node, key, { client: db.client }).execute(db.kysely);
    result[key] = Number(rows[0]?.count ?? 0);
  }
  return result;
}
