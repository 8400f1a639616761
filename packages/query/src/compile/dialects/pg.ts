import type { FieldOverview } from '@plinth/types';
import { sql } from 'kysely';
import { chunk, joinSql, likePattern, limitOffset, orderByClause, whereClause } from '../lib/sql-parts.js';
import type { JsonEntry, OrderTerm, ReadDialect, Sql } from '../read-dialect.js';
import { concealed, isNumericField, parseJsonText } from './shared.js';

const UNLIMITED = 'all';

// json_build_object takes at most 100 arguments; wider objects are merged as jsonb.
function buildObject(entries: JsonEntry[]): Sql {
  const pairs = entries.flatMap((entry) => [sql`cast(${entry.key} as text)`, entry.value]);
  return sql`json_build_object(${joinSql(pairs)})`;
}

function order(term: OrderTerm): Sql {
  // A NOT NULL column keeps the plain order so its index can serve the sort.
  if (term.nullable === false)
    return term.descending ? sql`${term.expression} desc` : sql`${term.expression}`;
  // NULLs sort first ascending, as on every other engine.
  return term.descending ? sql`${term.expression} desc nulls last` : sql`${term.expression} asc nulls first`;
}

function rowNumber(terms: OrderTerm[]): Sql {
  return terms.length === 0
    ? sql`row_number() over ()`
    : sql`row_number() over (${orderByClause(terms, order)})`;
}

const FORMATS: Partial<Record<string, string>> = {
  dateTime: 'YYYY-MM-DD"T"HH24:MI:SS',
  date: 'YYYY-MM-DD',
  time: 'HH24:MI:SS',
};

function outputValue(field: FieldOverview, value: Sql): Sql {
  if (concealed(field)) return sql`case when ${value} is null then null else '**********' end`;
  if (field.type === 'bigInteger' || field.type === 'decimal') return sql`cast(${value} as text)`;
  if (field.type === 'timestamp')
    return sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const format = FORMATS[field.type];
  if (format) return sql`to_char(${value}, ${sql.lit(format)})`;
  if (field.type === 'json' && field.dbType !== 'json' && field.dbType !== 'jsonb')
    return sql`cast(${value} as json)`;
  return value;
}

const WHOLE_NUMBER = /^-?\d{1,18}$/;

// A whole number binds as bigint so an integer column keeps its index; anything else compares as numeric.
function numericParam(field: FieldOverview, value: unknown): Sql {
  const whole = (field.type === 'integer' || field.type === 'bigInteger') && WHOLE_NUMBER.test(String(value));
  return whole ? sql`cast(${value} as bigint)` : sql`cast(${value} as numeric)`;
}

const PARAM_TYPES: Partial<Record<string, string>> = {
  date: 'date',
  dateTime: 'timestamp',
  time: 'time',
  boolean: 'boolean',
  uuid: 'uuid',
};

/** PostgreSQL: `json_build_object`/`json_agg` in correlated subqueries. */
export const pgDialect: ReadDialect = {
  client: 'pg',
  jsonObject(entries) {
    if (entries.length <= 50) return buildObject(entries);
    const parts = chunk(entries, 50).map((part) => sql`${buildObject(part)}::jsonb`);
    return sql`(${joinSql(parts, ' || ')})::json`;
  },
  embedJson: (subquery) => sql`(${subquery})`,
  jsonArray(parts) {
    const x = sql.id(parts.alias);
    const inner = sql`select ${parts.element} as e, ${rowNumber(parts.orderBy)} as n from ${parts.from}${whereClause(parts.where)}${orderByClause(parts.orderBy, order)}${limitOffset(parts.limit, parts.offset, UNLIMITED)}`;
    return sql`coalesce((select json_agg(${x}.e order by ${x}.n) from (${inner}) as ${x}), '[]'::json)`;
  },
  anyOf(discriminator, branches, fallback) {
    const cases = branches.map((branch) => sql` when ${branch.collection} then ${branch.value}`);
    return sql`case cast(${discriminator} as text)${sql.join(cases, sql``)} else to_json(${fallback}) end`;
  },
  selectRows(parts) {
    const group = parts.groupBy.length === 0 ? sql`` : sql` group by ${joinSql(parts.groupBy)}`;
    return sql`select ${parts.value} as data from ${parts.from}${whereClause(parts.where)}${group}${orderByClause(parts.orderBy, order)}${limitOffset(parts.limit, parts.offset, UNLIMITED)}`;
  },
  outputValue,
  compareValue: (_field, value) => value,
  param(value, field) {
    if (field && isNumericField(field)) return numericParam(field, value);
    if (field?.type === 'timestamp') return sql`(cast(${value} as timestamp) at time zone 'UTC')`;
    const type = field ? PARAM_TYPES[field.type] : undefined;
    return type ? sql`cast(${value} as ${sql.raw(type)})` : sql`${value}`;
  },
  datePart(part, field, value) {
    const source = field.type === 'timestamp' ? sql`(${value} at time zone 'UTC')` : value;
    const unit = { weekday: 'dow', day: 'day' }[part as string] ?? part;
    return sql`cast(extract(${sql.raw(unit)} from ${source}) as integer)`;
  },
  jsonPath: (value, path) => sql`(cast(${value} as jsonb) #> cast(${path.map(String)} as text[]))`,
  jsonCount: (value) =>
    sql`(case when json_typeof(cast(${value} as json)) = 'array' then json_array_length(cast(${value} as json)) end)`,
  toText: (value) => sql`cast(${value} as text)`,
  textMatch(value, needle, position, caseInsensitive) {
    const pattern = likePattern(caseInsensitive ? needle.toLowerCase() : needle, position);
    return caseInsensitive
      ? sql`lower(${value}) like ${pattern} escape '\\'`
      : sql`${value} like ${pattern} escape '\\'`;
  },
  intersects(value, geojson, bbox) {
    const shape = sql`st_geomfromgeojson(${geojson})`;
    return bbox ? sql`(${value} && ${shape})` : sql`st_intersects(${value}, ${shape})`;
  },
  toFloat: (value) => sql`cast(${value} as double precision)`,
  parseData: parseJsonText,
};
