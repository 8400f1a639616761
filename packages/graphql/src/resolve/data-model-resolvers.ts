import {
  createCollection,
  createField,
  createRelation,
  deleteCollection,
  deleteField,
  deleteRelation,
  readCollection,
  readCollections,
  readField,
  readFields,
  readRelation,
  readRelations,
  type ServiceContext,
  updateCollection,
  updateField,
  updateRelation,
} from '@plinth/services';
import type { GraphQLFieldResolver } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { toPlain } from './to-plain.js';

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, Args>;

const text = (args: Args, name: string) => String(args[name]);

/**
 * Runs a data-model write, then gives the rest of the operation the new data model, as the next REST
 * request would get it (a later root field may use the collection just created).
 */
const changingModel =
  (write: (context: GraphQLContext, args: Args) => Promise<unknown>): Resolver =>
  async (_root, args, context) => {
    const result = await write(context, args);
    context.ctx = { ...context.ctx, schema: await context.ctx.schemaCache.get() };
    return result;
  };

/** The reads of fields or relations: all, those of one collection, one by collection and field. */
export interface PerCollectionReads {
  all: Resolver;
  inCollection: Resolver;
  byName: Resolver;
}

const perCollection = (
  read: (ctx: ServiceContext, collection?: string) => Promise<unknown>,
  readOne: (ctx: ServiceContext, collection: string, field: string) => Promise<unknown>,
): PerCollectionReads => ({
  all: (_root, _args, { ctx }) => read(ctx),
  inCollection: (_root, args, { ctx }) => read(ctx, text(args, 'collection')),
  byName: (_root, args, { ctx }) => readOne(ctx, text(args, 'collection'), text(args, 'field')),
});

/** The read resolvers: each the service call of the matching `GET /collections|fields|relations` route. */
export const dataModelReads = {
  collections: {
    all: ((_root, _args, { ctx }) => readCollections(ctx)) as Resolver,
    byName: ((_root, args, { ctx }) => readCollection(ctx, text(args, 'name'))) as Resolver,
  },
  fields: perCollection(readFields, readField),
  relations: perCollection(readRelations, readRelation),
};

/** The admin writes: each the service call of the matching REST route, whose checks refuse non-admins. */
export const dataModelWrites = {
  createCollection: changingModel(({ ctx }, args) => createCollection(ctx, toPlain(args['data']))),
  updateCollection: changingModel(({ ctx }, args) =>
    updateCollection(ctx, text(args, 'collection'), toPlain(args['data'])),
  ),
  deleteCollection: changingModel(async ({ ctx }, args) => {
    await deleteCollection(ctx, text(args, 'collection'));
    return { collection: args['collection'] };
  }),
  createField: changingModel(({ ctx }, args) =>
    createField(ctx, text(args, 'collection'), toPlain(args['data'])),
  ),
  updateField: changingModel(({ ctx }, args) =>
    updateField(ctx, text(args, 'collection'), text(args, 'field'), toPlain(args['data'])),
  ),
  deleteField: changingModel(async ({ ctx }, args) => {
    await deleteField(ctx, text(args, 'collection'), text(args, 'field'));
    return { collection: args['collection'], field: args['field'] };
  }),
  createRelation: changingModel(({ ctx }, args) => createRelation(ctx, toPlain(args['data']))),
  updateRelation: changingModel(({ ctx }, args) =>
    updateRelation(ctx, text(args, 'collection'), text(args, 'field'), toPlain(args['data'])),
  ),
  deleteRelation: changingModel(async ({ ctx }, args) => {
    await deleteRelation(ctx, text(args, 'collection'), text(args, 'field'));
    return { collection: args['collection'], field: args['field'] };
  }),
};
