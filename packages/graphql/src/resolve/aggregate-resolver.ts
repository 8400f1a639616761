import { aggregateOperations } from '@plinth/types';
import { type GraphQLFieldResolver, type GraphQLResolveInfo, Kind } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { argsToQuery } from './args-to-query.js';
import type { CollectionReads } from './collection-services.js';

const OPERATIONS: ReadonlySet<string> = new Set(aggregateOperations);

/** The `aggregate` parameter a selection such as `{ count { id } sum { price } countAll }` asks for. */
function aggregateOf(info: GraphQLResolveInfo): Record<string, string[]> {
  const aggregate: Record<string, string[]> = {};
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || !OPERATIONS.has(selection.name.value)) continue;
      const operation = selection.name.value;
      const fields = (selection.selectionSet?.selections ?? []).flatMap((field) =>
        field.kind === Kind.FIELD && !field.name.value.startsWith('__') ? [field.name.value] : [],
      );
      if (operation === 'countAll') aggregate[operation] = [];
      else if (fields.length > 0) aggregate[operation] = [...(aggregate[operation] ?? []), ...fields];
    }
  }
  // Only `group` asked for: still an aggregate read, so rows come one per group.
  if (Object.keys(aggregate).length === 0) aggregate['countAll'] = [];
  return aggregate;
}

/**
 * `<c>_aggregated(groupBy, filter, ...)`: one aggregate read. Each row gets `group`, the values it
 * was grouped by (the row without its aggregates).
 */
export const resolveAggregated =
  (services: CollectionReads): GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>> =>
  async (_root, args, { ctx }, info) => {
    const aggregate = aggregateOf(info);
    const rows = (await services.readMany(ctx, { ...argsToQuery(args), aggregate })).data;
    return rows.map((row) => {
      const group = Object.fromEntries(Object.entries(row).filter(([key]) => !OPERATIONS.has(key)));
      return { ...row, group: Object.keys(group).length > 0 ? group : null };
    });
  };
