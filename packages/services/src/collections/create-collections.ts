import { type CollectionObject, runPlan, toCollectionObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { refreshSchema } from '../lib/refresh-schema.js';
import { type PreparedCollection, prepareCollection } from './prepare-collection.js';

/**
 * `POST /collections` with one body or several: every table (or folder) with its fields and meta
 * rows, applied whole or not at all. Relations are created separately.
 */
export async function createCollections(ctx: ServiceContext, bodies: unknown[]): Promise<CollectionObject[]> {
  assertAdmin(ctx);
  const prepared: PreparedCollection[] = [];
  const taken = new Set<string>();
  for (const body of bodies) {
    const collection = prepareCollection(ctx, body, taken);
    taken.add(collection.name);
    prepared.push(collection);
  }
  const plan = {
    client: ctx.database.client,
    steps: prepared.flatMap((collection) => collection.plan.steps),
  };
  await runPlan(ctx.database, plan, {
    andThen: async (executor) => {
      for (const collection of prepared) await collection.writeMeta(executor);
    },
  });
  const schema = await refreshSchema(ctx);
  return prepared.map((collection) => toCollectionObject(schema, collection.name));
}
