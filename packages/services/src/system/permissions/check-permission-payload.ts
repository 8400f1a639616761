import { InvalidPayloadError, isPlinthError } from '@plinth/errors';
import { permissionActions } from '@plinth/permissions';
import { parseFilter } from '@plinth/query';
import type { SchemaOverview } from '@plinth/types';
import { assertRecord } from '../../lib/assert-record.js';

const invalid = (reason: string) => new InvalidPayloadError({ reason });

function checkFilter(name: string, value: unknown): void {
  if (value === null || value === undefined) return;
  try {
    parseFilter(value);
  } catch (error) {
    if (!isPlinthError(error, 'INVALID_QUERY')) throw error;
    const reason = (error.extensions as { reason?: string } | undefined)?.reason ?? error.message;
    throw invalid(`"${name}" is not a valid filter: ${reason}`);
  }
}

function toFieldList(value: unknown): string[] | null {
  if (value === null) return null;
  const list = typeof value === 'string' ? value.split(',').map((field) => field.trim()) : value;
  if (!Array.isArray(list) || list.some((field) => typeof field !== 'string' || field === '')) {
    throw invalid('"fields" must be a list of field names (an array, or text separated by commas)');
  }
  return list as string[];
}

function checkFields(schema: SchemaOverview, collection: string | undefined, fields: string[] | null): void {
  const overview = collection === undefined ? undefined : schema.collections[collection];
  if (!overview || fields === null) return;
  const unknown = fields.filter((field) => field !== '*' && !overview.fields[field]);
  if (unknown.length > 0) {
    throw invalid(`Field "${unknown[0]}" doesn't exist in collection "${collection}"`);
  }
}

/**
 * Checks a `directus_permissions` payload before it is written: `action` one of create, read, update,
 * delete, share; `collection` an existing collection; `fields` a list of its fields (or `*`, as an array
 * or comma separated); `permissions` and `validation` filters that parse; `presets` an object. A create
 * needs `collection` and `action`. Returns the payload with `fields` as an array.
 *
 * @throws INVALID_PAYLOAD naming the first problem.
 */
export function checkPermissionPayload(
  schema: SchemaOverview,
  payload: unknown,
  mode: 'create' | 'update',
): Record<string, unknown> {
  assertRecord(payload, 'A permission');
  const { action, collection, fields, presets } = payload;
  if (mode === 'create' || action !== undefined) {
    if (typeof action !== 'string' || !permissionActions.includes(action as never)) {
      throw invalid(`"action" must be one of ${permissionActions.join(', ')}`);
    }
  }
  if (mode === 'create' || collection !== undefined) {
    if (typeof collection !== 'string' || collection === '') throw invalid('"collection" is required');
    if (!schema.collections[collection]) throw invalid(`Collection "${collection}" doesn't exist`);
  }
  checkFilter('permissions', payload['permissions']);
  checkFilter('validation', payload['validation']);
  if (presets !== undefined && presets !== null && (typeof presets !== 'object' || Array.isArray(presets))) {
    throw invalid('"presets" must be an object');
  }
  if (fields === undefined) return payload;
  const list = toFieldList(fields);
  checkFields(schema, collection as string | undefined, list);
  return { ...payload, fields: list };
}
