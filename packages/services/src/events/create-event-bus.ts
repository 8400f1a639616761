import type { Accountability, EventName, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';

/** What handlers get besides the payload: the database (the open transaction for filters), schema and caller. */
export interface EventContext {
  database: Kysely<any>;
  schema: SchemaOverview;
  accountability: Accountability | null;
}

/** Details of an event: `collection`, and `keys`/`key` where the event has them. */
export type EventMeta = Record<string, unknown>;

/**
 * A blocking handler: returns the payload to carry on with (changed or not; `undefined` keeps it), or throws
 * to abort the mutation, which is then rolled back.
 */
// biome-ignore lint/suspicious/noExplicitAny: a payload is whatever its event carries (an item, a list of keys).
export type FilterHandler = (payload: any, meta: EventMeta, context: EventContext) => unknown;

/** An after-the-fact handler, run once the change is committed; what it throws is logged, never sent. */
export type ActionHandler = (meta: EventMeta, context: EventContext) => unknown;

/** The filter/action hooks of one server: services emit, extensions (and realtime, flows) listen. */
export interface EventBus {
  /** Registers a filter handler; returns a function that removes it. */
  onFilter(event: EventName, handler: FilterHandler): () => void;
  /** Registers an action handler; returns a function that removes it. */
  onAction(event: EventName, handler: ActionHandler): () => void;
  /** Runs the filter handlers of `event` in registration order, each on the previous one's payload. */
  emitFilter<T>(event: EventName, payload: T, meta: EventMeta, context: EventContext): Promise<T>;
  /**
   * Starts the action handlers of `event`; failures go to `onActionError`. The promise settles when every
   * handler has, and never rejects: services do not wait for it.
   */
  emitAction(event: EventName, meta: EventMeta, context: EventContext): Promise<void>;
}

/** Options of {@link createEventBus}. */
export interface EventBusOptions {
  /**
   * Told about an action handler that threw or rejected.
   * @default ignore the failure
   */
  onActionError?: (error: unknown, event: EventName) => void;
}

function register<H>(handlers: Map<string, H[]>, event: string, handler: H): () => void {
  const list = handlers.get(event) ?? [];
  list.push(handler);
  handlers.set(event, list);
  return () => {
    const current = handlers.get(event) ?? [];
    handlers.set(
      event,
      current.filter((entry) => entry !== handler),
    );
  };
}

/**
 * Creates an event bus: one per server, so two apps in one process never hear each other.
 *
 * @example
 * const events = createEventBus({ onActionError: (err) => log.error(err) });
 * events.onFilter('articles.items.create', (payload) => ({ ...payload, status: 'draft' }));
 */
export function createEventBus(options: EventBusOptions = {}): EventBus {
  const filters = new Map<string, FilterHandler[]>();
  const actions = new Map<string, ActionHandler[]>();
  const reportError = (error: unknown, event: EventName) => options.onActionError?.(error, event);

  return {
    onFilter: (event, handler) => register(filters, event, handler),
    onAction: (event, handler) => register(actions, event, handler),
    async emitFilter(event, payload, meta, context) {
      let current = payload;
      // A copy of the list: a handler that unregisters itself must not skip the next one.
      for (const handler of [...(filters.get(event) ?? [])]) {
        const result = await handler(current, meta, context);
        if (result !== undefined) current = result as typeof payload;
      }
      return current;
    },
    async emitAction(event, meta, context) {
      const runs = [...(actions.get(event) ?? [])].map((handler) =>
        Promise.resolve()
          .then(() => handler(meta, context))
          .catch((error: unknown) => reportError(error, event)),
      );
      await Promise.all(runs);
    },
  };
}
