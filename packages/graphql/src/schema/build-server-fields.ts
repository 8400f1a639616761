import {
  GraphQLBoolean,
  GraphQLEnumType,
  type GraphQLFieldConfigMap,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLString,
} from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { GraphQLJSON } from '../lib/scalars.js';
import { bridgeOf, type GraphQLScope } from '../system-bridge.js';
import type { RootFields } from './generate-schema.js';

type Fields = GraphQLFieldConfigMap<unknown, GraphQLContext>;

const PROJECT_STRINGS = [
  'project_name',
  'project_descriptor',
  'project_logo',
  'project_color',
  'default_language',
  'public_foreground',
  'public_background',
  'public_note',
  'custom_css',
];

const limitType = (name: string) =>
  new GraphQLObjectType({ name, fields: { points: { type: GraphQLInt }, duration: { type: GraphQLInt } } });

/**
 * `server_info`: the reference's `server_info` type over what `GET /server/info` returns the caller.
 * `public_background` is the file's id; a disabled rate limiter is null.
 */
function serverInfoType(): GraphQLObjectType {
  const project = new GraphQLObjectType({
    name: 'server_info_project',
    fields: {
      ...Object.fromEntries(PROJECT_STRINGS.map((name) => [name, { type: GraphQLString }])),
      public_background: {
        type: GraphQLString,
        resolve: (source: { public_background?: { id: string } | null }) =>
          source.public_background?.id ?? null,
      },
      public_registration: { type: GraphQLBoolean },
      public_registration_verify_email: { type: GraphQLBoolean },
    },
  });
  const orNull = (key: string) => (source: Record<string, unknown>) => source[key] || null;
  return new GraphQLObjectType({
    name: 'server_info',
    fields: {
      project: { type: project },
      setupCompleted: { type: GraphQLBoolean },
      version: { type: GraphQLString },
      rateLimit: { type: limitType('server_info_rate_limit'), resolve: orNull('rateLimit') },
      rateLimitGlobal: {
        type: limitType('server_info_rate_limit_global'),
        resolve: orNull('rateLimitGlobal'),
      },
      websocket: { type: GraphQLJSON },
      queryLimit: {
        type: new GraphQLObjectType({
          name: 'server_info_query_limit',
          fields: { default: { type: GraphQLInt }, max: { type: GraphQLInt } },
        }),
      },
    },
  });
}

/** `server_info`, `server_health`, `server_specs_graphql(scope)` and `server_specs_oas`; `server_ping` stays where it is. */
function serverFields(): Fields {
  return {
    server_info: {
      type: serverInfoType(),
      resolve: (_root, _args, context) => bridgeOf(context).serverInfo(),
    },
    server_health: {
      type: GraphQLJSON,
      resolve: (_root, _args, context) => bridgeOf(context).serverHealth(),
    },
    server_specs_graphql: {
      type: GraphQLString,
      args: {
        scope: {
          type: new GraphQLEnumType({
            name: 'graphql_sdl_scope',
            values: { items: { value: 'items' }, system: { value: 'system' } },
          }),
        },
      },
      resolve: (_root, args: { scope?: GraphQLScope | null }, context) =>
        bridgeOf(context).sdl(args.scope ?? 'items'),
    },
    server_specs_oas: {
      type: GraphQLJSON,
      resolve: (_root, _args, context) => bridgeOf(context).oas(),
    },
  };
}

/** Adds the server's reports to the system scope. */
export function addServerFields(roots: RootFields): void {
  Object.assign(roots.queries, serverFields());
}
