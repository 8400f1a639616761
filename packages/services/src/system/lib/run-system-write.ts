import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { withTransaction } from '../../context/with-transaction.js';
import { readKey } from '../../items/lib/read-key.js';
import { writeTarget } from '../../items/lib/write-target.js';
import { callerPermissions, shareCallerPermissions } from '../../permissions/caller-permissions.js';
import type { SystemCollection, SystemWriteAction } from '../system-collection.js';

/** The context a system collection's own work runs in: the items machinery may target `directus_*`. */
export function systemContext(ctx: ServiceContext): ServiceContext {
  return ctx.systemAccess ? ctx : { ...ctx, systemAccess: true };
}

/** What a system write's body gets: the transaction's context, the collection, and a key checker. */
export interface SystemWriteScope {
  trx: ServiceContext;
  overview: CollectionOverview;
  /** Checks keys against the collection's key type before any hook runs a statement with them. */
  checkKeys(keys: readonly unknown[]): PrimaryKey[];
}

/**
 * Runs one mutation of a system collection as one transaction: the caller's access to `action` is
 * checked first (so no hook runs for someone the write flow would refuse), then `write`, then the
 * collection's `afterWrite` check; `afterCommit` once committed.
 */
export async function runSystemWrite<T>(
  ctx: ServiceContext,
  system: SystemCollection,
  action: SystemWriteAction,
  write: (scope: SystemWriteScope) => Promise<{ value: T; payloads: readonly unknown[] }>,
): Promise<T> {
  const base = systemContext(ctx);
  // The access check below needs the caller's permissions resolved, as the write flow's own does.
  await callerPermissions(base);
  const value = await withTransaction(base, async (trx) => {
    shareCallerPermissions(base, trx);
    const overview = writeTarget(trx, system.collection, action);
    const checkKeys = (keys: readonly unknown[]) => keys.map((key) => readKey(overview, key));
    const result = await write({ trx, overview, checkKeys });
    await system.afterWrite?.(trx, action, result.payloads);
    return result.value;
  });
  await system.afterCommit?.(ctx);
  return value;
}
