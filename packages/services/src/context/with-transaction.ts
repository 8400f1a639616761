import type { Kysely } from 'kysely';
import type { ServiceContext } from './service-context.js';

// Work to run once the transaction it was queued in has committed, per open transaction.
const afterCommitQueues = new WeakMap<Kysely<any>, Array<() => void>>();

/**
 * Runs `fn` in one transaction: the given context with `db` swapped for the transaction. Inside an
 * open transaction it simply reuses it, so service functions compose without nesting; what they queue
 * with {@link afterCommit} runs when the outermost transaction has committed.
 */
export async function withTransaction<T>(
  ctx: ServiceContext,
  fn: (trx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  const queue: Array<() => void> = [];
  const result = await ctx.db.transaction().execute((trx) => {
    afterCommitQueues.set(trx, queue);
    return fn({ ...ctx, db: trx });
  });
  for (const task of queue) task();
  return result;
}

/**
 * Runs `task` once the caller's changes are committed and visible to every connection: after the
 * outermost {@link withTransaction} commits, or now when `ctx` is not inside one it opened. A rollback
 * drops the task.
 */
export function afterCommit(ctx: Pick<ServiceContext, 'db'>, task: () => void): void {
  const queue = afterCommitQueues.get(ctx.db);
  if (queue) queue.push(task);
  else task();
}
