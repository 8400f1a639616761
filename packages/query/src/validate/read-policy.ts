import type { Filter } from '@plinth/types';

/**
 * What the caller may read of one collection: a row filter AND-ed into every level that reads it, and the
 * fields they may see (`'*'` for all). Filled by the permissions package; `null` means the collection
 * cannot be read at all.
 */
export interface ReadPolicy {
  /** Rows outside this filter are never returned, counted, or matched by relational filters. @default none */
  filter?: Filter | null;
  /** Readable fields; others are refused when asked for and left out of `*`. @default '*' */
  fields?: ReadonlySet<string> | '*';
  /**
   * Fields readable only on rows matching a filter (granted by some rules but not by every rule); on
   * other rows they come back null. Fields absent here are readable on every returned row. @default none
   */
  fieldFilters?: ReadonlyMap<string, Filter>;
}

/** Looks up the {@link ReadPolicy} of a collection; `null` when it cannot be read. */
export type ReadPolicyResolver = (collection: string) => ReadPolicy | null;

/** Full access everywhere: what an admin gets, and the default. */
export const allowAll: ReadPolicyResolver = () => ({ fields: '*' });
