import type { ReadPolicyResolver } from '@plinth/query';
import type { CollectionOverview, FieldOverview, SchemaOverview } from '@plinth/types';

/** A relational field of a collection as GraphQL exposes it. */
export type RelationalField =
  | { kind: 'm2o'; field: string; related: string }
  | { kind: 'o2m'; field: string; related: string }
  | { kind: 'a2o'; field: string; allowed: string[]; collectionField: string };

/** One collection as the generated schema sees it: readable scalar fields and relations. */
export interface CollectionModel {
  name: string;
  overview: CollectionOverview;
  /** Fields with a value of their own (columns), in column order. */
  scalars: FieldOverview[];
  relations: RelationalField[];
}

/**
 * Collections GraphQL never exposes as types: their data is schema management or bookkeeping with
 * routes of its own.
 */
const DENIED = new Set([
  'directus_collections',
  'directus_fields',
  'directus_relations',
  'directus_migrations',
  'directus_sessions',
]);

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

/** Type names the generator uses itself; a collection of the same name would clash with them. */
const RESERVED = new Set([
  'Query',
  'Mutation',
  'Subscription',
  'String',
  'Int',
  'Float',
  'Boolean',
  'ID',
  'JSON',
  'Date',
  'Hash',
  'Void',
  'GraphQLBigInt',
  'GraphQLGeoJSON',
  'GraphQLStringOrFloat',
  'delete_one',
  'delete_many',
  'count_functions',
  'date_functions',
  'time_functions',
  'datetime_functions',
]);

const GENERATED_SUFFIXES = [
  '_filter',
  '_quantifier_filter',
  '_aggregated',
  '_aggregated_count',
  '_aggregated_fields',
  '_filter_operators',
  '_function_filter_operators',
];

/**
 * Whether a collection's name would clash with a type generated for another collection
 * (`tags_filter` next to `tags`) or with a fixed one (`Date`); such a collection is left out rather
 * than making the whole schema invalid.
 */
function clashes(name: string, names: ReadonlySet<string>): boolean {
  if (RESERVED.has(name) || name.endsWith('_filter_operators')) return true;
  if (/^(create|update)_.+_input$/.test(name)) return true;
  return GENERATED_SUFFIXES.some(
    (suffix) => name.endsWith(suffix) && names.has(name.slice(0, -suffix.length)),
  );
}

/** A name GraphQL accepts and that does not collide with its reserved `__` prefix. */
export const isGraphQLName = (name: string): boolean => NAME.test(name) && !name.startsWith('__');

/** What the caller may see; everything when no read policy is given. */
function visibility(policy: ReadPolicyResolver | undefined) {
  return {
    collection: (name: string) => !policy || policy(name) !== null,
    field: (collection: string, field: string) => {
      if (!policy) return true;
      const fields = policy(collection)?.fields ?? '*';
      return fields === '*' || fields.has(field);
    },
  };
}

function relationsOf(
  overview: SchemaOverview,
  collection: CollectionOverview,
  visible: (name: string) => boolean,
): RelationalField[] {
  const found: RelationalField[] = [];
  for (const relation of overview.relations) {
    const { related_collection: related, meta } = relation;
    if (relation.collection === collection.collection && collection.fields[relation.field]) {
      if (related !== null && visible(related)) {
        found.push({ kind: 'm2o', field: relation.field, related });
      } else if (related === null && meta?.one_allowed_collections && meta.one_collection_field) {
        const allowed = meta.one_allowed_collections.filter(visible);
        if (allowed.length > 0) {
          found.push({
            kind: 'a2o',
            field: relation.field,
            allowed,
            collectionField: meta.one_collection_field,
          });
        }
      }
    }
    const oneField = meta?.one_field;
    if (
      related === collection.collection &&
      oneField &&
      collection.fields[oneField] &&
      visible(relation.collection)
    ) {
      found.push({ kind: 'o2m', field: oneField, related: relation.collection });
    }
  }
  return found;
}

/**
 * Describes every collection GraphQL may expose, as `policy` allows: columns become scalar fields,
 * relations become relational fields, and names GraphQL cannot spell are left out. System collections
 * are described too, since user collections relate to them; only user collections get root fields.
 */
export function describeCollections(
  overview: SchemaOverview,
  policy?: ReadPolicyResolver,
): Map<string, CollectionModel> {
  const visible = visibility(policy);
  const names = new Set(Object.keys(overview.collections));
  const isExposed = (name: string) =>
    !DENIED.has(name) &&
    isGraphQLName(name) &&
    !clashes(name, names) &&
    visible.collection(name) &&
    Object.hasOwn(overview.collections, name);
  const models = new Map<string, CollectionModel>();
  for (const collection of Object.values(overview.collections)) {
    const name = collection.collection;
    if (!isExposed(name)) continue;
    const shown = (field: string) => isGraphQLName(field) && visible.field(name, field);
    const relations = relationsOf(overview, collection, isExposed).filter((relation) =>
      shown(relation.field),
    );
    const relational = new Set(relations.map((relation) => relation.field));
    const scalars = Object.values(collection.fields).filter(
      (field) => !field.alias && !relational.has(field.field) && shown(field.field),
    );
    if (scalars.length === 0 && relations.length === 0) continue;
    models.set(name, { name, overview: collection, scalars, relations });
  }
  // A relation may point at a collection that turned out to have nothing to show.
  for (const model of models.values()) {
    model.relations = model.relations.flatMap((relation): RelationalField[] => {
      if (relation.kind !== 'a2o') return models.has(relation.related) ? [relation] : [];
      const allowed = relation.allowed.filter((name) => models.has(name));
      return allowed.length > 0 ? [{ ...relation, allowed }] : [];
    });
  }
  return models;
}

/** Whether a collection's own data is served at the root of the items scope. */
export const isUserCollection = (model: CollectionModel): boolean =>
  !model.overview.system && !model.name.startsWith('directus_');
