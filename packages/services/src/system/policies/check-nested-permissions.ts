import type { SchemaOverview } from '@plinth/types';
import { isItemObject } from '../../items/lib/write-split-payload.js';
import { checkPermissionPayload } from '../permissions/check-permission-payload.js';

function checkEntry(schema: SchemaOverview, entry: unknown, mode: 'create' | 'update' | null): unknown {
  if (!isItemObject(entry)) return entry;
  return checkPermissionPayload(schema, entry, mode ?? (entry['id'] == null ? 'create' : 'update'));
}

/**
 * Checks the permission rows a policy payload writes through its `permissions` alias, as `POST
 * /permissions` checks its own: a list (rows without an id are created, with one updated; bare keys
 * are left alone) or `{create, update, delete}`. Returns the payload with those rows' `fields` as lists.
 *
 * @throws INVALID_PAYLOAD naming the first problem.
 */
export function checkNestedPermissions(schema: SchemaOverview, payload: unknown): unknown {
  if (!isItemObject(payload) || payload['permissions'] == null) return payload;
  const nested = payload['permissions'];
  if (Array.isArray(nested)) {
    return { ...payload, permissions: nested.map((entry) => checkEntry(schema, entry, null)) };
  }
  if (!isItemObject(nested)) return payload;
  const changes = { ...nested };
  for (const mode of ['create', 'update'] as const) {
    const list = changes[mode];
    if (Array.isArray(list)) changes[mode] = list.map((entry) => checkEntry(schema, entry, mode));
  }
  return { ...payload, permissions: changes };
}
