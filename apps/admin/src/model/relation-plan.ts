/** One write of a relation's plan: what it makes (for the user) and the request that makes it. */
export interface ModelStep {
  label: string;
  method: 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
}

/** A one-to-many: `collection.alias` lists the items of `related` whose `relatedField` points back. */
export interface O2mInput {
  collection: string;
  /** The primary-key type of `collection`, which a new key column takes. */
  keyType: string;
  alias: string;
  related: string;
  relatedField: string;
  /** What `relatedField` is now: a column to create, a column without a relation, or an m2o to `collection` without a list. */
  relatedFieldState: 'new' | 'unrelated' | 'related';
  /** The integer field of `related` that keeps the list's manual order, if any. */
  sortField?: SortFieldInput | undefined;
}

/** A relation's manual order: a field to create (hidden, integer), or one that is already there. */
export interface SortFieldInput {
  field: string;
  isNew: boolean;
}

/** A many-to-many: `collection.alias` lists items of `related` through the rows of `junction`. */
export interface M2mInput {
  collection: string;
  keyType: string;
  alias: string;
  related: string;
  relatedKeyType: string;
  junction: string;
  /** The junction's column pointing at `collection`. */
  junctionField: string;
  /** The junction's column pointing at `related`. */
  junctionRelatedField: string;
  /** The junction's integer field that keeps the list's manual order, created with it; if any. */
  sortField?: string | undefined;
}

const fieldPath = (collection: string) => `/fields/${encodeURIComponent(collection)}`;

/** The alias field that lists the related items (`o2m` or `m2m`). */
function aliasStep(collection: string, alias: string, kind: 'o2m' | 'm2m'): ModelStep {
  return {
    label: `the field ${collection}.${alias}`,
    method: 'POST',
    path: fieldPath(collection),
    body: { field: alias, type: 'alias', meta: { special: [kind], interface: `list-${kind}` } },
  };
}

/** Creates the hidden integer field `field` of `collection` that keeps a list's manual order. */
function sortFieldSteps(collection: string, field: string | undefined): ModelStep[] {
  if (!field) return [];
  return [
    {
      label: `the field ${collection}.${field}`,
      method: 'POST',
      path: fieldPath(collection),
      body: { field, type: 'integer', schema: {}, meta: { hidden: true } },
    },
  ];
}

/** Junction names a self-relation would make twice get `related_` on the second. */
export function toJunctionFields(collection: string, related: string): [string, string] {
  const own = `${collection}_id`;
  const other = `${related}_id`;
  return [own, own === other ? `related_${other}` : other];
}

/**
 * The writes of a one-to-many, in the order the API needs: the list field, the key column and the
 * sort field (each when new), then the relation, or for an existing m2o its `one_field` (and
 * `sort_field`). A relation of a collection to itself is `NO ACTION` on delete, as a SET NULL there
 * could cascade into itself.
 */
export function toO2mSteps(input: O2mInput): ModelStep[] {
  const { collection, alias, related, relatedField } = input;
  const steps = [aliasStep(collection, alias, 'o2m')];
  if (input.relatedFieldState === 'new') {
    steps.push({
      label: `the field ${related}.${relatedField}`,
      method: 'POST',
      path: fieldPath(related),
      body: {
        field: relatedField,
        type: input.keyType,
        schema: {},
        meta: { interface: 'select-dropdown-m2o', special: ['m2o'] },
      },
    });
  }
  steps.push(...sortFieldSteps(related, input.sortField?.isNew ? input.sortField.field : undefined));
  const label = `the relation ${related}.${relatedField} → ${collection}`;
  const sortField = input.sortField?.field ?? null;
  if (input.relatedFieldState === 'related') {
    steps.push({
      label,
      method: 'PATCH',
      path: `/relations/${encodeURIComponent(related)}/${encodeURIComponent(relatedField)}`,
      body: { meta: { one_field: alias, ...(sortField ? { sort_field: sortField } : {}) } },
    });
    return steps;
  }
  steps.push({
    label,
    method: 'POST',
    path: '/relations',
    body: {
      collection: related,
      field: relatedField,
      related_collection: collection,
      meta: { one_field: alias, sort_field: sortField, one_deselect_action: 'nullify' },
      schema: { on_delete: related === collection ? 'NO ACTION' : 'SET NULL' },
    },
  });
  return steps;
}

/**
 * The writes of a many-to-many, in the order the API needs: the list field, the junction collection
 * (hidden, an auto-increment `id` and the two key columns), its sort field if asked for, then the
 * relation of each key column, each naming the other as its `junction_field`; the one back to
 * `collection` names the sort field.
 */
export function toM2mSteps(input: M2mInput): ModelStep[] {
  const { collection, alias, related, junction, junctionField, junctionRelatedField } = input;
  const keyColumn = (field: string, type: string) => ({ field, type, schema: {}, meta: { hidden: true } });
  const relation = (field: string, target: string, meta: Record<string, unknown>): ModelStep => ({
    label: `the relation ${junction}.${field} → ${target}`,
    method: 'POST',
    path: '/relations',
    body: {
      collection: junction,
      field,
      related_collection: target,
      meta: { sort_field: null, one_deselect_action: 'nullify', ...meta },
      schema: { on_delete: 'SET NULL' },
    },
  });
  return [
    aliasStep(collection, alias, 'm2m'),
    {
      label: `the junction collection ${junction}`,
      method: 'POST',
      path: '/collections',
      body: {
        collection: junction,
        meta: { hidden: true, icon: 'import_export' },
        schema: {},
        fields: [
          {
            field: 'id',
            type: 'integer',
            schema: { is_primary_key: true, has_auto_increment: true },
            meta: { hidden: true },
          },
          keyColumn(junctionField, input.keyType),
          keyColumn(junctionRelatedField, input.relatedKeyType),
        ],
      },
    },
    ...sortFieldSteps(junction, input.sortField),
    relation(junctionField, collection, {
      one_field: alias,
      junction_field: junctionRelatedField,
      sort_field: input.sortField ?? null,
    }),
    relation(junctionRelatedField, related, { one_field: null, junction_field: junctionField }),
  ];
}
