import type { FieldOverview } from '@plinth/types';
import { sql } from 'kysely';
import {
  joinSql,
  likePattern,
  limitOffset,
  orderByClause,
  plainOrder,
  toDollarPath,
  whereClause,
} from '../lib/sql-parts.js';
import type { ReadDialect, Sql } from '../read-dialect.js';
import { concealed, parseJsonText } from './shared.js';

const UNLIMITED = '18446744073709551615';

const DATE_FORMATS: Partial<Record<string, string>> = {
  dateTime: '%Y-%m-%dT%H:%i:%s',
  date: '%Y-%m-%d',
};

function outputValue(field: FieldOverview, value: Sql): Sql {
  if (concealed(field)) return sql`case when ${value} is null then null else '**********' end`;
  if (field.type === 'boolean') return sql`if(${value} is null, null, ${value} is true)`;
  if (field.type === 'bigInteger' || field.type === 'decimal') return sql`cast(${value} as char)`;
  if (field.type === 'timestamp')
    return sql`concat(substr(date_format(${value}, '%Y-%m-%dT%H:%i:%s.%f'), 1, 23), 'Z')`;
  if (field.type === 'time') return sql`time_format(${value}, '%H:%i:%s')`;
  const format = DATE_FORMATS[field.type];
  if (format) return sql`date_format(${value}, ${sql.lit(format)})`;
  if (field.type === 'json') return sql`json_extract(${value}, '$')`;
  return value;
}

const DATE_PARTS: Record<string, (value: Sql) => Sql> = {
  year: (v) => sql`year(${v})`,
  month: (v) => sql`month(${v})`,
  week: (v) => sql`week(${v}, 3)`,
  day: (v) => sql`dayofmonth(${v})`,
  weekday: (v) => sql`(dayofweek(${v}) - 1)`,
  hour: (v) => sql`hour(${v})`,
  minute: (v) => sql`minute(${v})`,
  second: (v) => sql`second(${v})`,
};

/**
 * MySQL/MariaDB: `JSON_OBJECT`, and `JSON_ARRAYAGG` with its own ORDER BY and LIMIT (MariaDB 10.5+), which
 * windows each parent's list without a derived table: MariaDB cannot see outer columns from one.
 */
export const mysqlDialect: ReadDialect = {
  client: 'mysql',
  jsonObject: (entries) =>
    sql`json_object(${joinSql(entries.flatMap((entry) => [sql`${entry.key}`, entry.value]))})`,
  embedJson: (subquery) => sql`(${subquery})`,
  jsonArray(parts) {
    const order = orderByClause(parts.orderBy, plainOrder);
    const window = limitOffset(parts.limit, parts.offset, UNLIMITED);
    const aggregate = sql`json_arrayagg(${parts.element}${order}${window})`;
    return sql`coalesce((select ${aggregate} from ${parts.from}${whereClause(parts.where)}), json_array())`;
  },
  anyOf(discriminator, branches, fallback) {
    const cases = branches.map((branch) => sql` when ${branch.collection} then ${branch.value}`);
    return sql`json_extract(case ${discriminator}${sql.join(cases, sql``)} else json_quote(cast(${fallback} as char)) end, '$')`;
  },
  selectRows(parts) {
    const group = parts.groupBy.length === 0 ? sql`` : sql` group by ${joinSql(parts.groupBy)}`;
    return sql`select ${parts.value} as data from ${parts.from}${whereClause(parts.where)}${group}${orderByClause(parts.orderBy, plainOrder)}${limitOffset(parts.limit, parts.offset, UNLIMITED)}`;
  },
  outputValue,
  compareValue: (_field, value) => value,
  param: (value) => sql`${value}`,
  datePart: (part, _field, value) => (DATE_PARTS[part] ?? DATE_PARTS['year']!)(value),
  jsonPath: (value, path) => sql`json_extract(${value}, ${toDollarPath(path)})`,
  jsonCount: (value) => sql`(case when json_type(${value}) = 'ARRAY' then json_length(${value}) end)`,
  toText: (value) => sql`cast(${value} as char)`,
  textMatch(value, needle, position, caseInsensitive) {
    if (caseInsensitive) return sql`lower(${value}) like ${likePattern(needle.toLowerCase(), position)}`;
    // Collations are usually case-insensitive: compare bytes so `_contains` is case-sensitive everywhere.
    return sql`cast(${value} as binary) like cast(${likePattern(needle, position)} as binary)`;
  },
  intersects(value, geojson, bbox) {
    const shape = sql`st_geomfromgeojson(${geojson})`;
    return bbox ? sql`mbrintersects(${value}, ${shape})` : sql`st_intersects(${value}, ${shape})`;
  },
  toFloat: (value) => sql`cast(${value} as double)`,
  parseData: parseJsonText,
};
