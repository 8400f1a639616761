import { appMinimalPermissions } from '@plinth/permissions';
import { parseFilter } from '@plinth/query';
import type { Item } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { writeEvaluateRule } from '../../items/lib/write-evaluate-rule.js';
import type { ReadItemsResult } from '../../items/read-items.js';

/** The built-in app permissions as `directus_permissions` rows: no id, no policy, `system: true`. */
const BUILT_IN_ROWS: readonly Item[] = appMinimalPermissions.map((rule) => ({
  id: null,
  policy: null,
  collection: rule.collection,
  action: rule.action,
  permissions: rule.permissions,
  validation: rule.validation,
  presets: rule.presets,
  fields: [...rule.fields],
  system: true,
}));

/**
 * A `/permissions` list as Directus answers it to callers with app access: the stored rows, then the
 * built-in app permissions (variables unresolved) that match the query's filter. Aggregates and
 * grouped reads are left as they are.
 */
export function withAppPermissions(
  ctx: ServiceContext,
  result: ReadItemsResult,
  rawQuery: Record<string, unknown>,
): ReadItemsResult {
  if (ctx.accountability?.app !== true) return result;
  if (rawQuery['aggregate'] !== undefined || rawQuery['groupBy'] !== undefined) return result;
  const filter = rawQuery['filter'] === undefined ? null : parseFilter(rawQuery['filter']);
  const matching = BUILT_IN_ROWS.filter(
    (row) => filter === null || writeEvaluateRule(filter, row).length === 0,
  );
  return { ...result, data: [...result.data, ...matching.map((row) => structuredClone(row))] };
}
