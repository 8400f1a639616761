import type { FieldOverview } from '@plinth/types';
import { sql } from 'kysely';
import {
  escapeLike,
  joinSql,
  orderByClause,
  plainOrder,
  toDollarPath,
  whereClause,
} from '../lib/sql-parts.js';
import type { OrderTerm, ReadDialect, SelectParts, Sql } from '../read-dialect.js';
import { concealed, parseJsonText } from './shared.js';

const DATE_PARTS: Record<string, string> = {
  year: 'year',
  month: 'month',
  week: 'iso_week',
  day: 'day',
  weekday: 'weekday',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
};

function outputValue(field: FieldOverview, value: Sql): Sql {
  if (concealed(field)) return sql`case when ${value} is null then null else '**********' end`;
  if (field.type === 'bigInteger' || field.type === 'decimal') return sql`cast(${value} as nvarchar(64))`;
  if (field.type === 'timestamp') return sql`convert(nvarchar(30), switchoffset(${value}, '+00:00'), 127)`;
  if (field.type === 'dateTime') return sql`convert(nvarchar(19), ${value}, 126)`;
  if (field.type === 'date') return sql`convert(nvarchar(10), ${value}, 23)`;
  if (field.type === 'time') return sql`convert(nvarchar(8), ${value}, 108)`;
  if (field.type === 'json') return sql`json_query(${value})`;
  return value;
}

// OFFSET ... FETCH needs an ORDER BY.
function window(parts: Pick<SelectParts, 'orderBy' | 'limit' | 'offset'>): Sql {
  const order =
    parts.orderBy.length === 0 ? sql` order by (select null)` : orderByClause(parts.orderBy, plainOrder);
  if (parts.limit === null && parts.offset === 0) return order;
  const offset = sql` offset ${sql.raw(String(parts.offset))} rows`;
  const fetch = parts.limit === null ? sql`` : sql` fetch next ${sql.raw(String(parts.limit))} rows only`;
  return sql`${order}${offset}${fetch}`;
}

function rowNumber(terms: OrderTerm[]): Sql {
  const order = terms.length === 0 ? sql` order by (select null)` : orderByClause(terms, plainOrder);
  return sql`row_number() over (${order})`;
}

// A scalar as JSON text: JSON_MODIFY quotes and escapes it inside an array, the brackets are cut off.
function scalarJson(value: Sql): Sql {
  const array = sql`json_modify('[]', 'append $', ${value})`;
  return sql`substring(${array}, 2, len(${array}) - 2)`;
}

/** MS SQL: `FOR JSON PATH` subqueries, `JSON_QUERY` to keep nested JSON from being escaped. Compiled only. */
export const mssqlDialect: ReadDialect = {
  client: 'mssql',
  jsonObject(entries) {
    const columns = entries.map((entry) => sql`${entry.value} as ${sql.id(entry.key)}`);
    return sql`json_query((select ${joinSql(columns)} for json path, without_array_wrapper, include_null_values))`;
  },
  embedJson: (subquery) => sql`json_query((${subquery}))`,
  jsonArray(parts) {
    const x = sql.id(parts.alias);
    const element = parts.elementIsJson ? parts.element : scalarJson(parts.element);
    const inner = sql`select ${element} as e, ${rowNumber(parts.orderBy)} as n from ${parts.from}${whereClause(parts.where)}${window(parts)}`;
    const list = sql`select '[' + string_agg(cast(${x}.e as nvarchar(max)), ',') within group (order by ${x}.n) + ']' from (${inner}) as ${x}`;
    return sql`json_query(coalesce((${list}), '[]'))`;
  },
  anyOf(discriminator, branches, fallback) {
    const cases = branches.map((branch) => sql` when ${branch.collection} then ${branch.value}`);
    return sql`json_query(case ${discriminator}${sql.join(cases, sql``)} else ${scalarJson(fallback)} end)`;
  },
  selectRows(parts) {
    const group = parts.groupBy.length === 0 ? sql`` : sql` group by ${joinSql(parts.groupBy)}`;
    const order =
      parts.groupBy.length > 0 || parts.orderBy.length > 0 || parts.limit !== null || parts.offset > 0;
    return sql`select ${parts.value} as data from ${parts.from}${whereClause(parts.where)}${group}${order ? window(parts) : sql``}`;
  },
  outputValue,
  compareValue: (_field, value) => value,
  param: (value) => sql`${value}`,
  datePart(part, _field, value) {
    const datePart = sql`datepart(${sql.raw(DATE_PARTS[part] ?? 'year')}, ${value})`;
    return part === 'weekday' ? sql`(${datePart} - 1)` : datePart;
  },
  jsonPath: (value, path) =>
    sql`coalesce(json_query(${value}, ${toDollarPath(path)}), json_value(${value}, ${toDollarPath(path)}))`,
  jsonCount: (value) =>
    sql`(case when isjson(${value}) = 1 and left(ltrim(${value}), 1) = '[' then (select count(*) from openjson(${value})) end)`,
  toText: (value) => sql`cast(${value} as nvarchar(max))`,
  textMatch(value, needle, position, caseInsensitive) {
    const escaped = escapeLike(caseInsensitive ? needle.toLowerCase() : needle).replace(/\[/g, '\\[');
    const pattern =
      position === 'starts' ? `${escaped}%` : position === 'ends' ? `%${escaped}` : `%${escaped}%`;
    const target = caseInsensitive ? sql`lower(${value})` : value;
    return sql`${target} like ${pattern} escape '\\'`;
  },
  intersects(value, geojson, bbox) {
    return bbox
      ? sql`${value}.STEnvelope().STIntersects(geometry::STGeomFromText(${geojson}, 0)) = 1`
      : sql`${value}.STIntersects(geometry::STGeomFromText(${geojson}, 0)) = 1`;
  },
  toFloat: (value) => sql`cast(${value} as float)`,
  parseData: parseJsonText,
};
