import type { Item } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { readSingleton } from '../../items/read-singleton.js';
import { upsertSingleton } from '../../items/upsert-singleton.js';
import { systemContext } from '../lib/run-system-write.js';

const SETTINGS = 'directus_settings';

/**
 * `GET /settings`: the project's settings row shaped by the query, read with the caller's permissions
 * (every app user may read it, §7.4); before the row exists, the fields' defaults.
 *
 * @throws FORBIDDEN for a caller who may not read the settings; the query errors of `readItems`.
 */
export function readSettings(ctx: ServiceContext, rawQuery: Record<string, unknown> = {}): Promise<Item> {
  return readSingleton(systemContext(ctx), SETTINGS, rawQuery);
}

/**
 * `PATCH /settings`: changes the settings row (creating it the first time), in one transaction with its
 * activity and revision. Read it back with {@link readSettings}.
 *
 * @throws FORBIDDEN without an update rule on `directus_settings` (admins only, unless granted); the
 * payload errors of `updateItem`.
 */
export async function updateSettings(ctx: ServiceContext, payload: unknown): Promise<void> {
  await upsertSingleton(systemContext(ctx), SETTINGS, payload);
}
