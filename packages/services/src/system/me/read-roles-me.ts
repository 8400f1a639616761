import { ForbiddenError, isPlinthError } from '@plinth/errors';
import { parseFilter } from '@plinth/query';
import type { Filter, Item } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { readItems } from '../../items/read-items.js';
import { systemContext } from '../lib/run-system-write.js';

/**
 * `GET /roles/me`: the roles of the caller's role tree, root first and own role last, shaped by the
 * query's `fields` (its filter narrows them further; paging does not apply). A caller who may not read
 * roles gets `[{id}, ...]` for the same roles; one without a role gets `[]`.
 *
 * @throws FORBIDDEN for a caller with neither user nor role; INVALID_QUERY for a malformed query.
 */
export async function readRolesMe(
  ctx: ServiceContext,
  rawQuery: Record<string, unknown> = {},
): Promise<Item[]> {
  const accountability = ctx.accountability;
  if (!accountability?.user && !accountability?.role) throw new ForbiddenError();
  const tree = accountability.roles;
  if (tree.length === 0) return [];
  const { filter: given, limit: _limit, offset: _offset, page: _page, ...rest } = rawQuery;
  const own: Filter = { id: { _in: tree } };
  const filter = given === undefined ? own : { _and: [own, parseFilter(given)] };
  try {
    const { data } = await readItems(systemContext(ctx), 'directus_roles', { ...rest, filter, limit: -1 });
    // Root first, own role last; rows read without their id keep the database's order.
    const position = (item: Item) => tree.indexOf(String(item['id']));
    return data.every((item) => 'id' in item) ? data.sort((a, b) => position(a) - position(b)) : data;
  } catch (error) {
    if (!isPlinthError(error, 'FORBIDDEN')) throw error;
    return tree.map((id) => ({ id }));
  }
}
