import type { PlinthDatabase } from '@plinth/database';
import type { QueryMeta } from '@plinth/types';
import type { ReadNode } from '../validate/read-node.js';
import { compileCount } from './compile-count.js';
import { compileRead } from './compile-read.js';
import { getReadDialect } from './dialects/get-read-dialect.js';
import { toRowFormatter } from './lib/to-row-formatter.js';

/** Options of {@link executeRead}. */
export interface ExecuteReadOptions {
  /** Return the first item (or `null`) instead of a list: singletons, reads by primary key. @default false */
  single?: boolean;
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
  const dialect = getReadDialect(db.client);
  const { rows } = await compileRead(node, { client: db.client }).execute(db.kysely);
  const format = node.aggregate ? null : toRowFormatter(node);
  const items = rows.map((row) => {
    const item = dialect.parseData(row.data);
    if (format && item !== null && typeof item === 'object') format(item as Record<string, unknown>);
    return item;
  });
  return options.single ? (items[0] ?? null) : items;
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
