import type { ServiceContext } from './service-context.js';

/**
 * Runs `fn` in one transaction: the given context with `db` swapped for the transaction. Inside an
 * open transaction it simply reuses it, so service functions compose without nesting.
 */
export async function withTransaction<T>(
  ctx: ServiceContext,
  fn: (trx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
