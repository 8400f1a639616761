import {
  GraphQLID,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
} from 'graphql';
import type { CollectionModel } from './collection-model.js';
import { isRequiredOnCreate, toScalarType } from './to-scalar-type.js';

/** The write input types of every collection. */
export interface InputTypes {
  create: Map<string, GraphQLInputObjectType>;
  update: Map<string, GraphQLInputObjectType>;
}

type Action = keyof InputTypes;

function fieldsOf(model: CollectionModel, action: Action, inputs: InputTypes): GraphQLInputFieldConfigMap {
  const fields: GraphQLInputFieldConfigMap = {};
  const { primary } = model.overview;
  const related = new Map(
    model.relations.flatMap((relation) =>
      relation.kind === 'a2o' ? [] : [[relation.field, relation] as const],
    ),
  );
  const anyToOne = new Set(
    model.relations.flatMap((relation) => (relation.kind === 'a2o' ? [relation.field] : [])),
  );
  const shown = new Set(model.scalars.map((field) => field.field));
  for (const field of Object.values(model.overview.fields)) {
    const relation = related.get(field.field);
    if (relation) {
      const input = inputs[action].get(relation.related)!;
      fields[field.field] = { type: relation.kind === 'm2o' ? input : new GraphQLList(input) };
      continue;
    }
    // Generated columns, presentation aliases and hidden fields take no value.
    if (field.generated || !(shown.has(field.field) || anyToOne.has(field.field))) continue;
    let type: GraphQLInputType = toScalarType(field);
    if (field.field === primary) type = GraphQLID;
    if (action === 'create' && isRequiredOnCreate(field)) type = new GraphQLNonNull(type);
    fields[field.field] = { type };
  }
  return fields;
}

/**
 * Builds `create_<c>_input` and `update_<c>_input` for every collection. Relations nest: an m2o takes
 * the related collection's input (`{ id }` links an existing item), an o2m a list of them, so nested
 * writes read as in REST. Many-to-any columns take the plain key, since GraphQL has no input unions.
 * On create, columns without a default that cannot be null are required; on update nothing is.
 */
export function buildInputTypes(models: ReadonlyMap<string, CollectionModel>): InputTypes {
  const inputs: InputTypes = { create: new Map(), update: new Map() };
  for (const action of ['create', 'update'] as const) {
    for (const model of models.values()) {
      inputs[action].set(
        model.name,
        new GraphQLInputObjectType({
          name: `${action}_${model.name}_input`,
          fields: () => fieldsOf(model, action, inputs),
        }),
      );
    }
  }
  return inputs;
}
