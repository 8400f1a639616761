import type { PlinthEnv } from '@plinth/env';
import { MethodNotAllowedError, RouteNotFoundError } from '@plinth/errors';
import {
  createDepthLimitRule,
  createRootFieldLimitRule,
  createSchemaCache,
  formatGraphQLError,
  type GraphQLContext,
} from '@plinth/graphql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  NoSchemaIntrospectionCustomRule,
  type ValidationRule,
} from 'graphql';
import mercurius from 'mercurius';
import { callerSchema } from './caller-schema.js';
import { readGraphQLRequest } from './read-graphql-request.js';
import { toGraphQLHttpError } from './to-graphql-http-error.js';

/** The settings the GraphQL routes read; each falls back to its documented default. */
export type GraphQLSettings = Partial<
  Pick<
    PlinthEnv,
    | 'GRAPHQL_INTROSPECTION'
    | 'GRAPHQL_QUERY_TOKEN_LIMIT'
    | 'GRAPHQL_SCHEMA_CACHE_CAPACITY'
    | 'MAX_RELATIONAL_DEPTH'
  >
>;

/** Options of {@link createGraphQLRoutes} beyond the settings. */
export interface GraphQLRoutesOptions {
  /**
   * Most root fields in one operation; each is one read or write.
   * @default 50
   */
  maxRootFields?: number;
}

/** The schema a request executes against, handed from the route to the pre-execution hook. */
const CALLER_SCHEMA = Symbol('plinth.graphql.callerSchema');

type RequestContext = GraphQLContext & { [CALLER_SCHEMA]: GraphQLSchema };

// Mercurius needs a schema at start-up; the real one is generated from the data model on first use.
const placeholderSchema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { _empty: { type: GraphQLString } } }),
});

/**
 * `/graphql`, the items scope: mercurius parses, validates (depth, root-field, token and
 * introspection limits included) and executes the caller's schema, generated from the request's
 * data model and what the caller may read, and cached per model and permission set. Execution
 * errors come back in-band with HTTP 200 and the REST error codes; documents that do not parse or
 * validate are 400 `GRAPHQL_VALIDATION`. `/graphql/system` is not served yet and answers 404.
 */
export function createGraphQLRoutes(settings: GraphQLSettings = {}, options: GraphQLRoutesOptions = {}) {
  const maxDepth = (settings.MAX_RELATIONAL_DEPTH ?? 10) + 1;
  const rules: ValidationRule[] = [
    createDepthLimitRule(maxDepth),
    createRootFieldLimitRule(options.maxRootFields ?? 50),
    ...(settings.GRAPHQL_INTROSPECTION === false ? [NoSchemaIntrospectionCustomRule] : []),
  ];

  return async function graphqlRoutes(app: FastifyInstance): Promise<void> {
    const schemas = createSchemaCache(settings.GRAPHQL_SCHEMA_CACHE_CAPACITY ?? 100);
    await app.register(mercurius, {
      schema: placeholderSchema,
      routes: false,
      graphiql: false,
      validationRules: rules,
      graphql: { parseOptions: { maxTokens: settings.GRAPHQL_QUERY_TOKEN_LIMIT ?? 5000 } },
      errorFormatter: (execution, context) => ({
        statusCode: 200,
        response: {
          data: execution.data ?? null,
          errors: execution.errors.flatMap((error) =>
            formatGraphQLError(error, {
              exposeUnknown: (context as unknown as GraphQLContext).ctx?.accountability?.admin === true,
            }),
          ),
        },
      }),
    });

    // Parsing and validation ran against the caller's schema; execution, after awaits in which other
    // requests may have swapped mercurius' schema, must use that same one.
    app.graphql.addHook('preExecution', async (_schema, _document, context) => ({
      schema: (context as unknown as RequestContext)[CALLER_SCHEMA],
    }));

    const execute = async (request: FastifyRequest, reply: FastifyReply) => {
      const { query, variables, operationName } = readGraphQLRequest(request);
      const { ctx } = request;
      const { key, options: schemaOptions } = await callerSchema(ctx);
      const schema = schemas.get(ctx.schema, key, schemaOptions);
      // Mercurius parses and validates synchronously once called, so the schema set here is the one
      // this request is validated against. Swapping it clears mercurius' document cache.
      if (app.graphql.schema !== schema) app.graphql.replaceSchema(schema);
      const context: RequestContext = { ctx, [CALLER_SCHEMA]: schema };
      try {
        return await reply.graphql(query, context as never, variables, operationName);
      } catch (error) {
        throw toGraphQLHttpError(error);
      }
    };

    app.get('/graphql', execute);
    app.post('/graphql', execute);
    app.route({
      method: ['PUT', 'PATCH', 'DELETE'],
      url: '/graphql',
      handler: async (request) => {
        throw new MethodNotAllowedError({ allowed: ['GET', 'POST'], current: request.method });
      },
    });
    app.route({
      method: ['GET', 'POST'],
      url: '/graphql/system',
      handler: async () => {
        throw new RouteNotFoundError({ path: '/graphql/system' });
      },
    });
  };
}
