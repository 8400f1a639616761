import type { FieldOverview } from '@plinth/types';
import { sql } from 'kysely';
import { invalidQuery } from '../../validate/lib/forbidden.js';
import {
  chunk,
  joinSql,
  likePattern,
  limitOffset,
  orderByClause,
  plainOrder,
  toDollarPath,
  whereClause,
} from '../lib/sql-parts.js';
import type { JsonEntry, ReadDialect, Sql } from '../read-dialect.js';
import { concealed, parseJsonText } from './shared.js';
import { sqliteWireJson } from './sqlite-wire-json.js';

const UNLIMITED = '-1';

const OUTPUT_FORMATS: Partial<Record<string, string>> = {
  timestamp: '%Y-%m-%dT%H:%M:%fZ',
  dateTime: '%Y-%m-%dT%H:%M:%S',
  date: '%Y-%m-%d',
  time: '%H:%M:%S',
};

// Date columns hold text in whatever shape was written; filters compare a normalised form.
const COMPARE_FORMATS: Partial<Record<string, string>> = {
  timestamp: '%Y-%m-%d %H:%M:%f',
  dateTime: '%Y-%m-%d %H:%M:%f',
  date: '%Y-%m-%d',
  time: '%H:%M:%S',
};

const DATE_PARTS: Record<string, string> = {
  year: '%Y',
  month: '%m',
  week: '%V',
  day: '%d',
  weekday: '%w',
  hour: '%H',
  minute: '%M',
  second: '%S',
};

function outputValue(field: FieldOverview, value: Sql): Sql {
  if (concealed(field)) return sql`case when ${value} is null then null else '**********' end`;
  if (field.type === 'boolean')
    return sql`json(case when ${value} is null then 'null' when ${value} then 'true' else 'false' end)`;
  if (field.type === 'bigInteger') return sql`cast(${value} as text)`;
  if (field.type === 'decimal') {
    if (field.scale === null) return sql`cast(${value} as text)`;
    return sql`case when ${value} is null then null else printf(${`%.${field.scale}f`}, ${value}) end`;
  }
  const format = OUTPUT_FORMATS[field.type];
  if (format) return sql`strftime(${sql.lit(format)}, ${value})`;
  if (field.type === 'json') return sql`json(${value})`;
  return value;
}

// json_object takes at most 100 arguments here too: wider objects get the rest inserted key by key.
function buildObject(entries: JsonEntry[]): Sql {
  const [first = [], ...rest] = chunk(entries, 50);
  let object = sql`json_object(${joinSql(first.flatMap((entry) => [sql`${entry.key}`, entry.value]))})`;
  for (const part of rest) {
    const pairs = part.flatMap((entry) => [sql`${toDollarPath([entry.key])}`, entry.value]);
    object = sql`json_insert(${object}, ${joinSql(pairs)})`;
  }
  return object;
}

/** Escapes GLOB's wildcards, which stand for themselves inside brackets. */
function globPattern(needle: string, position: 'contains' | 'starts' | 'ends'): string {
  const escaped = needle.replace(/[*?[]/g, '[$&]');
  if (position === 'starts') return `${escaped}*`;
  if (position === 'ends') return `*${escaped}`;
  return `*${escaped}*`;
}

/** SQLite: `json_object`/`json_group_array`, with `json()` wherever JSON crosses a subquery. */
export const sqliteDialect: ReadDialect = {
  client: 'sqlite',
  jsonObject: buildObject,
  embedJson: (subquery) => sql`json((${subquery}))`,
  jsonArray(parts) {
    const x = sql.id(parts.alias);
    const element = parts.elementIsJson ? sql`json(${x}.e)` : sql`${x}.e`;
    const inner = sql`select ${parts.element} as e from ${parts.from}${whereClause(parts.where)}${orderByClause(parts.orderBy, plainOrder)}${limitOffset(parts.limit, parts.offset, UNLIMITED)}`;
    return sql`json((select json_group_array(${element}) from (${inner}) as ${x}))`;
  },
  anyOf(discriminator, branches, fallback) {
    const cases = branches.map((branch) => sql` when ${branch.collection} then ${branch.value}`);
    return sql`json(case ${discriminator}${sql.join(cases, sql``)} else json_quote(${fallback}) end)`;
  },
  selectRows(parts) {
    const group = parts.groupBy.length === 0 ? sql`` : sql` group by ${joinSql(parts.groupBy)}`;
    return sql`select ${parts.value} as data from ${parts.from}${whereClause(parts.where)}${group}${orderByClause(parts.orderBy, plainOrder)}${limitOffset(parts.limit, parts.offset, UNLIMITED)}`;
  },
  outputValue,
  compareValue(field, value) {
    const format = COMPARE_FORMATS[field.type];
    return format ? sql`strftime(${sql.lit(format)}, ${value})` : value;
  },
  param: (value) => sql`${value}`,
  datePart: (part, _field, value) =>
    sql`cast(strftime(${sql.lit(DATE_PARTS[part] ?? '%Y')}, ${value}) as integer)`,
  jsonPath: (value, path) => sql`json(${value} -> ${toDollarPath(path)})`,
  jsonCount: (value) => sql`(case json_type(${value}) when 'array' then json_array_length(${value}) end)`,
  toText: (value) => sql`cast(${value} as text)`,
  textMatch(value, needle, position, caseInsensitive) {
    if (caseInsensitive)
      return sql`lower(${value}) like ${likePattern(needle.toLowerCase(), position)} escape '\\'`;
    // LIKE ignores case in SQLite; GLOB does not.
    return sql`${value} glob ${globPattern(needle, position)}`;
  },
  intersects() {
    throw invalidQuery('Geometry filters are not supported on SQLite');
  },
  toFloat: (value) => sql`cast(${value} as real)`,
  parseData: parseJsonText,
  wireJson: sqliteWireJson,
};
