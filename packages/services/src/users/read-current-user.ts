import { InvalidCredentialsError, isPlinthError } from '@plinth/errors';
import { allowAll, executeRead, type ReadPolicyResolver, validateQuery } from '@plinth/query';
import type { Accountability, Item } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readQuery } from '../items/lib/read-query.js';
import { readScopedQuery } from '../items/lib/read-scoped-query.js';

/** The fields of their own `directus_users` row that app users may always read (§7.4). */
const OWN_FIELDS = new Set([
  'id',
  'first_name',
  'last_name',
  'last_page',
  'email',
  'password',
  'location',
  'title',
  'description',
  'tags',
  'provider',
  'avatar',
  'language',
  'appearance',
  'theme_light',
  'theme_dark',
  'tfa_secret',
  'status',
  'role',
]);

/**
 * What a user may read about themselves until permissions land: admins everything; app users their
 * own row's profile fields and the roles of their role tree; nobody else anything.
 */
function selfPolicy(accountability: Accountability & { user: string }): ReadPolicyResolver | null {
  if (accountability.admin) return allowAll;
  if (!accountability.app) return null;
  return (collection) => {
    if (collection === 'directus_users')
      return { filter: { id: { _eq: accountability.user } }, fields: OWN_FIELDS };
    if (collection === 'directus_roles')
      return { filter: { id: { _in: accountability.roles } }, fields: '*' };
    return null;
  };
}

/**
 * `GET /users/me`: the caller's own user row shaped by the query (`fields`, `deep`, ...); password,
 * static token and two-factor secret read back concealed, as every concealed field does. A share
 * session answers `{share}`; a user who may not read their own row gets `{id}` only.
 *
 * @throws INVALID_CREDENTIALS when nobody is logged in.
 */
export async function readCurrentUser(
  ctx: ServiceContext,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  const accountability = ctx.accountability;
  if (accountability?.share !== undefined && accountability.user === null)
    return { share: accountability.share };
  if (!accountability?.user) throw new InvalidCredentialsError();
  const self = { ...accountability, user: accountability.user };
  const policy = selfPolicy(self);
  if (policy === null) return { id: self.user };
  const query = readScopedQuery(readQuery(ctx, rawQuery), { id: { _eq: self.user } }, { limit: 1 });
  try {
    const node = validateQuery(query, { schema: ctx.schema, collection: 'directus_users', policy });
    const connection = { kysely: ctx.db, client: ctx.database.client };
    const item = (await executeRead(connection, node, { single: true })) as Item | null;
    return item ?? { id: self.user };
  } catch (error) {
    if (isPlinthError(error, 'FORBIDDEN') && !self.admin) return { id: self.user };
    throw error;
  }
}
