import type { ReadPolicyResolver } from '@plinth/query';
import type { SchemaOverview } from '@plinth/types';
import {
  GraphQLBoolean,
  type GraphQLFieldConfigMap,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLString,
} from 'graphql';
import { GraphQLJSON } from '../lib/scalars.js';
import { toScalarType } from './to-scalar-type.js';

/** The object types of the data model's own collections: `directus_collections`, `_fields`, `_relations`. */
export interface DataModelTypes {
  collection: GraphQLObjectType;
  field: GraphQLObjectType;
  relation: GraphQLObjectType;
}

type Fields = GraphQLFieldConfigMap<unknown, unknown>;

const strings = (...names: string[]): Fields =>
  Object.fromEntries(names.map((name) => [name, { type: GraphQLString }]));
const typed = (entries: Record<string, GraphQLOutputType>): Fields =>
  Object.fromEntries(Object.entries(entries).map(([name, type]) => [name, { type }]));

/**
 * The `meta` object of one of these collections: a field per column of its table that the caller may
 * read. Every field is nullable, since Plinth's own system fields have no row (and no `id`). Without
 * the table in the data model, `meta` is plain JSON.
 */
function metaType(
  overview: SchemaOverview,
  table: string,
  name: string,
  readPolicy: ReadPolicyResolver | undefined,
): GraphQLOutputType {
  const columns = Object.values(overview.collections[table]?.fields ?? {}).filter((field) => !field.alias);
  const readable = readPolicy?.(table)?.fields ?? '*';
  const shown = columns.filter((field) => readable === '*' || readable.has(field.field));
  if (shown.length === 0) return GraphQLJSON;
  return new GraphQLObjectType({
    name,
    fields: Object.fromEntries(shown.map((field) => [field.field, { type: toScalarType(field) }])),
  });
}

const required = (type: GraphQLOutputType) => new GraphQLNonNull(type);

/**
 * Builds the three types as the reference names them: `directus_collections` and friends for reads,
 * `write_directus_collections` and friends for what the admin mutations return (`prefix` `write_`).
 * Their `meta` objects follow the columns of the system tables; their `schema` objects are fixed.
 */
export function buildDataModelTypes(
  overview: SchemaOverview,
  readPolicy: ReadPolicyResolver | undefined,
  prefix = '',
): DataModelTypes {
  const meta = (table: string) => metaType(overview, table, `${prefix}${table}_meta`, readPolicy);
  const collection = new GraphQLObjectType({
    name: `${prefix}directus_collections`,
    fields: {
      ...strings('collection'),
      meta: { type: meta('directus_collections') },
      schema: {
        type: new GraphQLObjectType({
          name: `${prefix}directus_collections_schema`,
          fields: strings('name', 'comment'),
        }),
      },
    },
  });
  const field = new GraphQLObjectType({
    name: `${prefix}directus_fields`,
    fields: {
      ...strings('collection', 'field', 'type'),
      meta: { type: meta('directus_fields') },
      schema: {
        type: new GraphQLObjectType({
          name: `${prefix}directus_fields_schema`,
          fields: {
            ...strings('name', 'table', 'data_type', 'default_value'),
            ...typed({ max_length: GraphQLInt, numeric_precision: GraphQLInt, numeric_scale: GraphQLInt }),
            ...typed({ is_generated: GraphQLBoolean }),
            ...strings('generation_expression'),
            ...typed({
              is_indexed: GraphQLBoolean,
              is_nullable: GraphQLBoolean,
              is_unique: GraphQLBoolean,
              is_primary_key: GraphQLBoolean,
              has_auto_increment: GraphQLBoolean,
            }),
            ...strings('foreign_key_column', 'foreign_key_table', 'comment'),
          },
        }),
      },
    },
  });
  const relation = new GraphQLObjectType({
    name: `${prefix}directus_relations`,
    fields: {
      ...strings('collection', 'field', 'related_collection'),
      schema: {
        type: new GraphQLObjectType({
          name: `${prefix}directus_relations_schema`,
          fields: {
            ...typed({
              table: required(GraphQLString),
              column: required(GraphQLString),
              foreign_key_table: required(GraphQLString),
              foreign_key_column: required(GraphQLString),
              constraint_name: GraphQLString,
              on_update: required(GraphQLString),
              on_delete: required(GraphQLString),
            }),
          },
        }),
      },
      meta: { type: meta('directus_relations') },
    },
  });
  return { collection, field, relation };
}
