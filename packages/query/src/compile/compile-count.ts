import type { DatabaseClient, QueryMeta } from '@plinth/types';
import { type RawBuilder, sql } from 'kysely';
import type { ReadNode } from '../validate/read-node.js';
import { getReadDialect } from './dialects/get-read-dialect.js';
import { createCompileContext, fromTable } from './lib/compile-context.js';
import { compileFilter } from './lib/compile-filter.js';

/**
 * The small statement behind one `meta` count: `total_count` counts the rows the policy lets the caller
 * see, `filter_count` those that also match the filter and search.
 */
export function compileCount(
  node: ReadNode,
  meta: QueryMeta,
  options: { client: DatabaseClient },
): RawBuilder<{ count: number | string | bigint }> {
  const ctx = createCompileContext(getReadDialect(options.client));
  const alias = ctx.nextAlias();
  const filter = meta === 'total_count' ? node.policyFilter : node.filter;
  const where = filter ? compileFilter(ctx, filter, alias) : sql`1 = 1`;
  return sql<{
    count: number | string | bigint;
  }>`select count(*) as ${sql.id('count')} from ${fromTable(node, alias)} where ${where}`;
}
