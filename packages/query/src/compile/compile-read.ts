import type { DatabaseClient } from '@plinth/types';
import { type RawBuilder, sql } from 'kysely';
import type { ReadNode } from '../validate/read-node.js';
import { getReadDialect } from './dialects/get-read-dialect.js';
import { compileAggregate } from './lib/compile-aggregate.js';
import { createCompileContext, fromTable } from './lib/compile-context.js';
import { compileFilter } from './lib/compile-filter.js';
import { compileObject } from './lib/compile-object.js';
import { compileSort } from './lib/compile-sort.js';

/** Options of {@link compileRead}. */
export interface CompileReadOptions {
  /** The engine to compile for. */
  client: DatabaseClient;
}

/** One row of a compiled read: the item (or aggregate group) as JSON, in the driver's representation. */
export interface ReadRow {
  data: unknown;
}

/**
 * Compiles a validated read tree into ONE statement that builds the whole nested result in the database:
 * each row's `data` column holds one item as JSON, with its m2o objects, o2m/m2m/m2a lists (ordered and
 * limited per parent) and formatted values. Identifiers come from the validated schema through Kysely's
 * identifier helpers; every value is a bound parameter.
 *
 * @example
 * const statement = compileRead(node, { client: db.client });
 * const { rows } = await statement.execute(db.kysely);
 */
export function compileRead(node: ReadNode, options: CompileReadOptions): RawBuilder<ReadRow> {
  const ctx = createCompileContext(getReadDialect(options.client));
  if (node.aggregate) return compileAggregate(ctx, node);
  const alias = ctx.nextAlias();
  return ctx.dialect.selectRows({
    value: compileObject(ctx, node, alias),
    from: fromTable(node, alias),
    where: node.filter ? compileFilter(ctx, node.filter, alias) : sql`1 = 1`,
    groupBy: [],
    orderBy: compileSort(ctx, node.sort, alias),
    limit: node.limit,
    offset: node.offset,
  }) as RawBuilder<ReadRow>;
}
