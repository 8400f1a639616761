import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { AuthContext } from '../auth/auth-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { createItems } from '../items/create-items.js';
import { assertWriteAccess } from '../items/lib/write-target.js';
import { checkUserPayload } from './lib/check-user-payload.js';
import { USERS, usersContext } from './lib/users-collection.js';

/**
 * `POST /users` with an array: creates the users in one transaction through the items machinery (field
 * permissions, validation, `create` activity and revisions, events), each `active` with provider
 * `default` unless given, its password checked against the policy and hashed. Returns the new ids.
 *
 * @throws FORBIDDEN for a caller who may not create users; INVALID_PAYLOAD, FAILED_VALIDATION,
 * RECORD_NOT_UNIQUE (a taken email), INVALID_FOREIGN_KEY for bad values.
 */
export async function createUsers(ctx: AuthContext, payloads: readonly unknown[]): Promise<PrimaryKey[]> {
  assertWriteAccess(ctx, USERS, 'create');
  if (!Array.isArray(payloads)) throw new InvalidPayloadError({ reason: 'The body has to be an array' });
  return withTransaction(ctx, async (trx) => {
    const checked: Record<string, unknown>[] = [];
    for (const payload of payloads) {
      checked.push({ status: 'active', provider: 'default', ...(await checkUserPayload(trx, payload)) });
    }
    return createItems(usersContext(trx), USERS, checked);
  });
}

/** `POST /users` with an object: one user, as {@link createUsers} creates them. Returns its id. */
export async function createUser(ctx: AuthContext, payload: unknown): Promise<PrimaryKey> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InvalidPayloadError({ reason: '"value" must be of type object' });
  }
  const [id] = await createUsers(ctx, [payload]);
  return id!;
}
