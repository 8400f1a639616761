import { type Aggregate, type AggregateOperation, aggregateOperations } from '@plinth/types';
import { invalidQuery } from './invalid-query.js';
import { isPlainRecord } from './is-plain-record.js';
import { parseFieldList } from './parse-field-list.js';
import type { SanitizeContext } from './sanitize-context.js';

/**
 * Reads `aggregate` (or `_aggregate`): operation to field list, as JSON text or a bracket object. Text that is
 * not JSON is ignored, as on the wire (Directus only logs it). `countAll` takes no field, so its value is
 * dropped (`aggregate[countAll]=` is the REST spelling).
 */
export function parseAggregate(raw: unknown, name: string, context: SanitizeContext): Aggregate | null {
  const object = typeof raw === 'string' ? parseLenient(raw) : raw;
  if (object === undefined || object === null || object === '') return null;
  if (!isPlainRecord(object)) throw invalidQuery(`"${name}" must be an object of aggregate functions`);

  const aggregate: Aggregate = {};
  for (const [operation, value] of Object.entries(object)) {
    if (!isAggregateOperation(operation))
      throw invalidQuery(`"${operation}" is not a valid aggregate function`);
    if (operation === 'countAll') {
      aggregate.countAll = [];
      continue;
    }
    const fields = parseFieldList(value, `${name}[${operation}]`, context, { allowWildcards: true });
    if (fields === null) throw invalidQuery(`"${name}[${operation}]" needs at least one field`);
    aggregate[operation] = fields;
  }
  return Object.keys(aggregate).length > 0 ? aggregate : null;
}

function parseLenient(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isAggregateOperation(value: string): value is AggregateOperation {
  return (aggregateOperations as readonly string[]).includes(value);
}
