import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import type { ReadItemsResult } from '../items/read-items.js';

/** The mutation a system-collection hook runs for. */
export type SystemWriteAction = 'create' | 'update' | 'delete';

/**
 * A `directus_*` collection served by the items machinery (reads with the caller's policy, writes
 * through the write flow with its access checks, activity and revisions), plus the checks and side
 * effects of its own. `/roles`, `/policies`, `/access` and `/permissions` are four of these; files,
 * folders, presets and the rest describe themselves the same way.
 *
 * Hooks marked "in the transaction" get the write's context (`db` bound to the transaction,
 * `systemAccess` set); what they throw rolls the whole mutation back.
 */
export interface SystemCollection {
  /** The table, e.g. `directus_roles`. */
  readonly collection: string;
  /** Rewrites the query of list reads (e.g. no paging for permissions). @default the query as given */
  listQuery?(rawQuery: Record<string, unknown>): Record<string, unknown>;
  /** Adds to (or reshapes) what a list read found, e.g. built-in rows that are not stored. */
  afterList?(
    ctx: ServiceContext,
    result: ReadItemsResult,
    rawQuery: Record<string, unknown>,
  ): ReadItemsResult;
  /** Checks one create payload and returns what to write. In the transaction. */
  prepareCreate?(trx: ServiceContext, payload: unknown): Promise<unknown>;
  /** Checks an update payload for the (checked) keys it will change and returns what to write. In the transaction. */
  prepareUpdate?(trx: ServiceContext, keys: readonly PrimaryKey[], payload: unknown): Promise<unknown>;
  /** Runs before the rows of (checked) `keys` are deleted, e.g. to detach what points at them. In the transaction. */
  beforeDelete?(trx: ServiceContext, keys: readonly PrimaryKey[]): Promise<void>;
  /** Runs once the rows are written, before the commit: integrity checks. In the transaction. */
  afterWrite?(trx: ServiceContext, action: SystemWriteAction, payloads: readonly unknown[]): Promise<void>;
  /** Runs after the commit, e.g. to drop cached permissions. */
  afterCommit?(ctx: ServiceContext): Promise<void>;
}
