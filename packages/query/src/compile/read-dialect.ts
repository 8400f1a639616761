import type { DatabaseClient, FieldOverview } from '@plinth/types';
import type { RawBuilder } from 'kysely';
import type { JsonPathSegment } from '../lib/parse-json-path.js';
import type { DatePart, ReadNode } from '../validate/read-node.js';

/** A fragment of SQL built with Kysely's `sql` tag: identifiers escaped, values bound. */
export type Sql = RawBuilder<unknown>;

/** One key of a JSON object being built, and the expression of its value. */
export interface JsonEntry {
  key: string;
  value: Sql;
}

/** One ORDER BY term. */
export interface OrderTerm {
  expression: Sql;
  descending: boolean;
  /** `false` when the expression can never be NULL (a NOT NULL column), so no NULLS placement is needed. */
  nullable?: boolean;
}

/** The parts of a SELECT over one table, shared by the root statement and nested lists. */
export interface SelectParts {
  /** `table AS alias`. */
  from: Sql;
  where: Sql;
  orderBy: OrderTerm[];
  /** `null` for no limit. */
  limit: number | null;
  offset: number;
}

/** A nested list: one element per child row. */
export interface ArrayParts extends SelectParts {
  element: Sql;
  /** The element is a JSON object (as opposed to a scalar such as a primary key). */
  elementIsJson: boolean;
  /** A name unique in the statement, for the list's derived table. */
  alias: string;
}

/** The statement of a read: one JSON value per row, under the column `data`. */
export interface RowsParts extends SelectParts {
  value: Sql;
  groupBy: Sql[];
}

/**
 * For engines whose `data` column is JSON text that, for some reads, is byte for byte what
 * `JSON.stringify` writes for its parsed value: such text can go to the wire without being parsed.
 */
export interface WireJson {
  /** Whether every value the read of `node` outputs is written as `JSON.stringify` would. */
  fits(node: ReadNode): boolean;
  /** Whether rows' text holds nothing written otherwise (numbers the engine spells its own way). */
  matches(text: string): boolean;
}

/** How a text operator matches. */
export type TextPosition = 'contains' | 'starts' | 'ends';

/**
 * Everything that differs between engines when a read tree becomes SQL. One object per engine
 * (`dialects/pg.ts`, ...); the compiler itself never asks which engine it is on.
 */
export interface ReadDialect {
  client: DatabaseClient;
  /** A JSON object built from entries, in the current row's scope. */
  jsonObject(entries: JsonEntry[]): Sql;
  /** Embeds a scalar subquery that yields one JSON object (or NULL) so it nests as JSON, not as text. */
  embedJson(subquery: Sql): Sql;
  /** A JSON array of one element per row, ordered and windowed per parent; `[]` when there are none. */
  jsonArray(parts: ArrayParts): Sql;
  /** A many-to-any value: the JSON of the branch named by the discriminator, else the raw key. */
  anyOf(discriminator: Sql, branches: Array<{ collection: string; value: Sql }>, fallback: Sql): Sql;
  /** The read statement. */
  selectRows(parts: RowsParts): Sql;
  /** A column's value as the wire returns it (booleans, dates, decimals, JSON, concealed values). */
  outputValue(field: FieldOverview, value: Sql): Sql;
  /** A column as filters compare it (SQLite normalises date text). */
  compareValue(field: FieldOverview, value: Sql): Sql;
  /** A bound filter value, typed where the engine cannot infer it. */
  param(value: string | number | boolean, field: FieldOverview | null): Sql;
  datePart(part: DatePart, field: FieldOverview, value: Sql): Sql;
  jsonPath(value: Sql, path: JsonPathSegment[]): Sql;
  /** The length of a JSON array, NULL for anything else. */
  jsonCount(value: Sql): Sql;
  toText(value: Sql): Sql;
  /** A text match: `value` contains / starts with / ends with `needle`, escaped here. */
  textMatch(value: Sql, needle: string, position: TextPosition, caseInsensitive: boolean): Sql;
  /** A geometry test against a GeoJSON value; throws INVALID_QUERY where the engine has none. */
  intersects(value: Sql, geojson: string, bbox: boolean): Sql;
  /** An aggregate (avg) as a float. */
  toFloat(value: Sql): Sql;
  /** Decodes the `data` column of one row as the driver returned it. */
  parseData(data: unknown): unknown;
  /** Set where the `data` text can go to the wire as it is, for the reads it fits. */
  wireJson?: WireJson;
}
