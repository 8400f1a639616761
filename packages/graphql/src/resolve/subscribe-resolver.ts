import { readItemsByKeys, type ServiceContext } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import {
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  Kind,
  type SelectionNode,
} from 'graphql';
import type { GraphQLContext, ItemChange } from '../graphql-context.js';
import { type SelectionQuery, selectionToQuery } from './selection-to-query.js';

/** One event of `<c>_mutated`, as Directus sends it. */
export interface MutationEvent {
  key: PrimaryKey;
  event: ItemChange['action'];
  data: unknown;
}

type Subscriber = GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>>;

/** The `data { ... }` selections under the root field, inline fragments looked into. */
function* dataNodes(selections: readonly SelectionNode[]): Generator<FieldNode> {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD && selection.name.value === 'data') yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* dataNodes(selection.selectionSet.selections);
  }
}

function dataQuery(info: GraphQLResolveInfo, type: GraphQLObjectType): SelectionQuery | null {
  const fieldNodes = info.fieldNodes.flatMap((node) => [...dataNodes(node.selectionSet?.selections ?? [])]);
  return fieldNodes.length === 0 ? null : selectionToQuery({ ...info, fieldNodes }, type);
}

/**
 * The events one change makes for one subscriber, one per key. Rows are read back with the
 * subscriber's own context, so a row they may not read (or that is gone by now) makes no event;
 * deletes go to whoever may still read the collection.
 */
async function eventsOf(
  ctx: ServiceContext,
  collection: string,
  change: ItemChange,
  query: SelectionQuery | null,
): Promise<MutationEvent[]> {
  if (change.action === 'delete') {
    await readItemsByKeys(ctx, collection, [], {});
    return change.keys.map((key) => ({ key, event: 'delete', data: null }));
  }
  const primary = ctx.schema.collections[collection]?.primary;
  if (!primary) return [];
  const fields = query ? [...new Set([...query.fields, primary])] : [primary];
  const rows = await readItemsByKeys(ctx, collection, change.keys, { ...query, fields });
  const byKey = new Map(rows.map((row) => [String(row[primary]), row]));
  return change.keys.flatMap((key) => {
    const row = byKey.get(String(key));
    return row ? [{ key, event: change.action, data: query ? row : null }] : [];
  });
}

// Subscribers who would see the same thing (same caller and same selection) share one read per
// change: the listeners hand every subscription the same change object.
const sharedReads = new WeakMap<ItemChange, Map<string, Promise<MutationEvent[]>>>();

function viewKey(ctx: ServiceContext, query: SelectionQuery | null): string {
  const { user, role, roles, policies, admin, share } = ctx.accountability ?? {};
  return JSON.stringify([user, role, roles, policies, admin, share, query]);
}

function sharedEventsOf(
  ctx: ServiceContext,
  collection: string,
  change: ItemChange,
  query: SelectionQuery | null,
): Promise<MutationEvent[]> {
  const reads = sharedReads.get(change) ?? new Map<string, Promise<MutationEvent[]>>();
  sharedReads.set(change, reads);
  const key = viewKey(ctx, query);
  const read = reads.get(key) ?? eventsOf(ctx, collection, change, query);
  reads.set(key, read);
  return read;
}

/**
 * `<c>_mutated(event)`: listens to the collection's changes (of one action when `event` is given) and
 * yields `{ key, event, data }` per changed row the subscriber may read. Changes that fail to read
 * (permissions withdrawn meanwhile) are skipped; the subscription ends when the subscriber is no
 * longer authenticated, or without a live source (plain HTTP).
 */
export const subscribeMutated =
  (collection: string, type: GraphQLObjectType): Subscriber =>
  (_root, args, { live }, info) => {
    const only = typeof args['event'] === 'string' ? args['event'] : undefined;
    const query = dataQuery(info, type);
    async function* events(): AsyncGenerator<Record<string, MutationEvent>> {
      if (!live) return;
      const changes = live.listen(collection);
      try {
        for await (const change of changes) {
          if (only && change.action !== only) continue;
          const ctx = await live.context();
          if (ctx === null) return;
          let found: MutationEvent[];
          try {
            found = await sharedEventsOf(ctx, collection, change, query);
          } catch {
            continue;
          }
          for (const event of found) yield { [info.fieldName]: event };
        }
      } finally {
        await changes.return?.();
      }
    }
    return events();
  };
