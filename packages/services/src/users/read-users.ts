import { ForbiddenError } from '@plinth/errors';
import type { Item } from '@plinth/types';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { type ReadByQueryResult, readByQuery, readOneByKey } from '../items/lib/read-by-query.js';
import { readKey } from '../items/lib/read-key.js';
import { readQuery } from '../items/lib/read-query.js';
import { readScopedQuery } from '../items/lib/read-scoped-query.js';

const USERS = 'directus_users';

/**
 * `GET /users` (admins until permissions land): users by query, as `/items` reads a collection;
 * password, static token and TOTP secret come back concealed, as every read of a concealed field does.
 *
 * @throws FORBIDDEN for non-admins; the query errors of `readItems`.
 */
export async function readUsers(
  ctx: ServiceContext,
  rawQuery: Record<string, unknown> = {},
): Promise<ReadByQueryResult> {
  assertAdmin(ctx);
  return readByQuery(ctx, USERS, readQuery(ctx, rawQuery));
}

/**
 * `GET /users/:id` (admins): one user, secrets concealed as in {@link readUsers}.
 *
 * @throws FORBIDDEN for non-admins, a malformed key or a user that does not exist.
 */
export async function readUser(
  ctx: ServiceContext,
  key: string,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  assertAdmin(ctx);
  const overview = ctx.schema.collections[USERS];
  if (!overview) throw new ForbiddenError();
  const id = readKey(overview, key);
  const query = readQuery(ctx, rawQuery);
  const item = await readOneByKey(ctx, overview, id, (value) =>
    readScopedQuery(query, { id: { _eq: value } }, { limit: 1 }),
  );
  if (item === null) throw new ForbiddenError();
  return item;
}
