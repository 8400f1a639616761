import type { EventContext } from '../../events/create-event-bus.js';
import type { AuthContext } from '../auth-context.js';

/** What auth events hand their handlers. */
export function eventContext(ctx: AuthContext): EventContext {
  return { database: ctx.db, schema: ctx.schema, accountability: ctx.accountability };
}
