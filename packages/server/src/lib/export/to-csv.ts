import { stringify } from 'csv-stringify/sync';
import { flattenForCsv } from './flatten-for-csv.js';

/**
 * The items as CSV: a header row of every column any item has (in first-seen order), then one row
 * per item; strings are quoted, missing cells are empty.
 */
export function toCsv(data: unknown): string {
  const rows = (Array.isArray(data) ? data : [data]).map((item) => flattenForCsv(item));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return stringify(rows, {
    header: true,
    columns,
    quoted_string: true,
    cast: { boolean: (value) => String(value), object: (value) => JSON.stringify(value) },
  });
}
