import { withTransaction } from '../context/with-transaction.js';
import type { AuthContext } from './auth-context.js';
import { eventContext } from './lib/event-context.js';
import { endUserSessions } from './sessions/end-user-sessions.js';

/**
 * Suspends a user and ends their sessions, in one transaction; cached access is dropped and
 * `users.update` announced as for any other change of the user.
 */
export async function suspendUser(ctx: AuthContext, userId: string): Promise<void> {
  await withTransaction(ctx, async (trx) => {
    await trx.db
      .updateTable('directus_users')
      .set({ status: 'suspended' })
      .where('id', '=', userId)
      .execute();
    await endUserSessions(trx.db, userId);
  });
  ctx.auth.access.invalidateUser(userId);
  void ctx.events?.emitAction(
    'users.update',
    { collection: 'directus_users', keys: [userId], payload: { status: 'suspended' } },
    eventContext(ctx),
  );
}
