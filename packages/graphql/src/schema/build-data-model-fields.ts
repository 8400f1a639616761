import type { ReadPolicyResolver } from '@plinth/query';
import type { SchemaOverview } from '@plinth/types';
import {
  GraphQLBoolean,
  type GraphQLFieldConfigMap,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLString,
} from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { dataModelReads, dataModelWrites, type PerCollectionReads } from '../resolve/data-model-resolvers.js';
import { buildDataModelTypes } from './build-data-model-types.js';
import type { RootFields } from './generate-schema.js';
import { inputList, requiredInput, toInputType } from './to-input-type.js';

type Fields = GraphQLFieldConfigMap<unknown, GraphQLContext>;

const name = { type: new GraphQLNonNull(GraphQLString) };
const list = (type: GraphQLOutputType) => new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));
const concurrentIndexCreation = { type: GraphQLBoolean, defaultValue: false };

const deletedType = (typeName: string, keys: string[]) =>
  new GraphQLObjectType({
    name: typeName,
    fields: Object.fromEntries(keys.map((key) => [key, { type: GraphQLString }])),
  });

/**
 * `collections`, `collections_by_name(name)`, `fields`, `fields_in_collection(collection)`,
 * `fields_by_name(collection, field)`, `relations`, `relations_in_collection(collection)` and
 * `relations_by_name(collection, field)`, each present when the caller may read the system table behind it.
 */
function readFields(overview: SchemaOverview, readPolicy: ReadPolicyResolver | undefined): Fields {
  const { collection, field, relation } = buildDataModelTypes(overview, readPolicy);
  const readable = (table: string) => !readPolicy || readPolicy(table) !== null;
  const reads = dataModelReads;
  return {
    ...(readable('directus_collections')
      ? {
          collections: { type: list(collection), resolve: reads.collections.all },
          collections_by_name: { type: collection, args: { name }, resolve: reads.collections.byName },
        }
      : {}),
    ...(readable('directus_fields') ? perCollection('fields', field, reads.fields) : {}),
    ...(readable('directus_relations') ? perCollection('relations', relation, reads.relations) : {}),
  };
}

/** `<root>`, `<root>_in_collection(collection)` and `<root>_by_name(collection, field)`. */
function perCollection(root: string, type: GraphQLObjectType, reads: PerCollectionReads): Fields {
  return {
    [root]: { type: list(type), resolve: reads.all },
    [`${root}_in_collection`]: { type: list(type), args: { collection: name }, resolve: reads.inCollection },
    [`${root}_by_name`]: { type, args: { collection: name, field: name }, resolve: reads.byName },
  };
}

/**
 * The schema writes (`create_|update_|delete_` + `collections_item`, `fields_item`, `relations_item`)
 * with the reference's `write_directus_*` types. Only an admin's schema has them, as in Directus; the
 * services check again.
 */
function writeFields(overview: SchemaOverview): Fields {
  const { collection, field, relation } = buildDataModelTypes(overview, undefined, 'write_');
  const fieldInput = toInputType(field);
  const collectionInput = toInputType(collection, { fields: { type: inputList(fieldInput) } });
  const relationInput = toInputType(relation);
  const writes = dataModelWrites;
  return {
    create_collections_item: {
      type: collection,
      args: { data: { type: requiredInput(collectionInput) }, concurrentIndexCreation },
      resolve: writes.createCollection,
    },
    update_collections_item: {
      type: collection,
      args: { collection: name, data: { type: requiredInput(collectionInput) } },
      resolve: writes.updateCollection,
    },
    delete_collections_item: {
      type: deletedType('delete_collection', ['collection']),
      args: { collection: name },
      resolve: writes.deleteCollection,
    },
    create_fields_item: {
      type: field,
      args: { collection: name, data: { type: requiredInput(fieldInput) }, concurrentIndexCreation },
      resolve: writes.createField,
    },
    update_fields_item: {
      type: field,
      args: {
        collection: name,
        field: name,
        data: { type: requiredInput(fieldInput) },
        concurrentIndexCreation,
      },
      resolve: writes.updateField,
    },
    delete_fields_item: {
      type: deletedType('delete_field', ['collection', 'field']),
      args: { collection: name, field: name },
      resolve: writes.deleteField,
    },
    create_relations_item: {
      type: relation,
      args: { data: { type: requiredInput(relationInput) } },
      resolve: writes.createRelation,
    },
    update_relations_item: {
      type: relation,
      args: { collection: name, field: name, data: { type: requiredInput(relationInput) } },
      resolve: writes.updateRelation,
    },
    delete_relations_item: {
      type: deletedType('delete_relation', ['collection', 'field']),
      args: { collection: name, field: name },
      resolve: writes.deleteRelation,
    },
  };
}

/** Adds the data model's root fields to the system scope; the writes only for admins (no read policy). */
export function addDataModelFields(
  roots: RootFields,
  overview: SchemaOverview,
  readPolicy: ReadPolicyResolver | undefined,
): void {
  Object.assign(roots.queries, readFields(overview, readPolicy));
  if (!readPolicy) Object.assign(roots.mutations, writeFields(overview));
}
