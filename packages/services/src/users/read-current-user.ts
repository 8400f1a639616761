import { InvalidCredentialsError, isPlinthError } from '@plinth/errors';
import type { Item } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readUser } from './read-users.js';

/**
 * `GET /users/me`: the caller's own user row shaped by the query (`fields`, `deep`, ...) and read with the
 * caller's permissions (app users always may read their profile fields, §7.4); password,
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
  try {
    return await readUser(ctx, accountability.user, rawQuery);
  } catch (error) {
    if (isPlinthError(error, 'FORBIDDEN') && !accountability.admin) return { id: accountability.user };
    throw error;
  }
}
