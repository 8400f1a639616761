import type { GraphQLField } from 'graphql';

/**
 * What a field of a generated object type stands for, so a selection set can be turned back into
 * the `fields`, `alias` and `deep` of an items query. Kept in the field's `extensions.plinth`.
 */
export type FieldPlan =
  | { kind: 'scalar'; field: string }
  | { kind: 'func'; field: string }
  | { kind: 'm2o' | 'o2m'; field: string; related: string; primary: string }
  | { kind: 'a2o'; field: string; collectionField: string };

/** The plan of a generated field; `undefined` for fields the generator did not make (`__typename`). */
export function planOf(field: GraphQLField<unknown, unknown> | undefined): FieldPlan | undefined {
  return (field?.extensions as { plinth?: FieldPlan } | undefined)?.plinth;
}
