import type { Aggregate } from './aggregate.js';
import type { DeepQuery } from './deep-query.js';
import type { Filter } from './filter.js';

/** The counts `?meta=` can ask for. `*` on the wire means both. */
export type QueryMeta = 'total_count' | 'filter_count';

/** The download formats of `?export=`. */
export type ExportFormat = 'json' | 'csv' | 'csv_utf8' | 'xml' | 'yaml';

/**
 * A parsed, sanitized query: what the REST, GraphQL and WebSocket layers hand to services after decoding either
 * wire encoding. `null` and absent both mean "not given"; defaults (limit 100, sort by primary key) are applied
 * later, by the query package.
 */
export interface Query {
  /** Field paths (`*`, `author.name`, `blocks.item:headings.title`, `year(date)`). */
  fields?: string[] | null;
  filter?: Filter | null;
  /** Free-text search over the root collection's searchable fields. */
  search?: string | null;
  /** Field paths, `-` prefix for descending. */
  sort?: string[] | null;
  /** Rows per page; `-1` means all (unless capped by `QUERY_LIMIT_MAX`). */
  limit?: number | null;
  offset?: number | null;
  /** 1-based page; wins over `offset` when `limit` is not `-1`. */
  page?: number | null;
  aggregate?: Aggregate | null;
  groupBy?: string[] | null;
  deep?: DeepQuery | null;
  /** New key to the field (or function) it reads, so one relation can be fetched twice. */
  alias?: Record<string, string> | null;
  meta?: QueryMeta[] | null;
  /** `false` stops wildcards from expanding back through the relation just traversed. @default true */
  backlink?: boolean;
  /** Content version key to read through (`main` = published data). */
  version?: string | null;
  /** Return the main item with the raw version delta merged, instead of the resolved version. @default false */
  versionRaw?: boolean;
  export?: ExportFormat | null;
}
