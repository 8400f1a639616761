import { readCollection, readItem, readItems } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { renderTemplate, templateFields, toDisplayTemplate } from './display-template.js';
import type { Key, RelatedListState, RelatedRow } from './related-list-edits.js';
import type { RelatedListSpec } from './related-list-spec.js';
import { type CollectionSchema, useCollectionSchema } from './use-collection-schema.js';

/** What a related list loaded: its rows, how to label them, and the schemas it writes with. */
export interface RelatedList {
  /** The stored rows, in order (empty for an item not saved yet). */
  initial: RelatedListState;
  /** The schema of the collection the rows live in (children, or junction rows). */
  rows: CollectionSchema;
  /** The schema of the items the list shows (the children, or the far items of an m2m). */
  shown: CollectionSchema;
  template: string;
  /** An existing item of the shown collection as a picked row. */
  fetchPicked(key: string): Promise<RelatedRow>;
}

let nextRowId = 0;
/** An id for a row of a list, unique in the page. */
export function newRowId(): string {
  nextRowId += 1;
  return `row-${nextRowId}`;
}

/** The row's label: its rendered template, or its key. */
export function toRowLabel(template: string, row: RelatedRow): string {
  const label = renderTemplate(template, row.item);
  if (label) return label;
  return row.state === 'created' ? 'New item' : `#${row.key}`;
}

/** Loads the list of `field` for the item `parentKey` (null: a new item, whose list starts empty). */
export function useRelatedList(
  spec: RelatedListSpec,
  field: FieldInfo,
  parentKey: string | null,
): { list: RelatedList | null; error: ApiError | null } {
  const rowsSchema = useCollectionSchema(spec.rowsCollection);
  const farSchema = useCollectionSchema(spec.far?.collection ?? null);
  // An o2m shows its rows themselves; an m2m shows the far items its junction rows point at.
  const shownSchema = spec.far ? farSchema : rowsSchema;
  const [list, setList] = useState<RelatedList | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const rows = rowsSchema.schema;
  const shown = shownSchema.schema;

  useEffect(() => {
    if (!rows || !shown) return;
    let live = true;
    const given = field.meta?.options?.['template'];
    const showing = spec.far?.collection ?? spec.rowsCollection;
    const loadTemplate = client
      .request(readCollection(showing))
      .then((collection) => (collection.meta as { display_template?: unknown } | null)?.display_template)
      .catch(() => null)
      .then((fallback) => toDisplayTemplate(shown.fields, given ?? fallback));
    loadTemplate
      .then(async (template) => {
        const shownFields = [...new Set([shown.primaryKey, ...templateFields(template)])];
        const fetchPicked = async (key: string): Promise<RelatedRow> => {
          const item = await client
            .request(readItem(showing, key, { fields: shownFields }))
            .catch(() => ({ [shown.primaryKey]: key }));
          return {
            id: newRowId(),
            state: 'picked',
            key: toKey(shown, key),
            item: item as Record<string, unknown>,
          };
        };
        const initial = parentKey === null ? [] : await fetchRows(spec, rows, shownFields, parentKey);
        if (live) setList({ initial: { rows: initial, removed: [] }, rows, shown, template, fetchPicked });
      })
      .catch((thrown) => live && setError(toApiErrors(thrown)[0] ?? null));
    return () => {
      live = false;
    };
  }, [spec, field, parentKey, rows, shown]);

  return { list, error: error ?? rowsSchema.error ?? shownSchema.error };
}

/** Integer keys travel as numbers; uuid and string keys as they are. */
function toKey(schema: CollectionSchema, key: string): Key {
  const type = schema.fields.find((field) => field.field === schema.primaryKey)?.type;
  return type === 'integer' || type === 'bigInteger' ? Number(key) : key;
}

async function fetchRows(
  spec: RelatedListSpec,
  rows: CollectionSchema,
  shownFields: string[],
  parentKey: string,
): Promise<RelatedRow[]> {
  const sortField = spec.sortField;
  const through = spec.far ? `${spec.far.field}.` : '';
  const fields = [rows.primaryKey, ...(sortField ? [sortField] : []), ...shownFields.map((f) => through + f)];
  const found = (await client.request(
    readItems(spec.rowsCollection, {
      fields: [...new Set(fields)],
      filter: { [spec.parentField]: { _eq: parentKey } },
      sort: [sortField ?? rows.primaryKey],
      limit: -1,
    }),
  )) as Record<string, unknown>[];
  return found.map((row) => {
    const farItem = spec.far ? row[spec.far.field] : row;
    const sort = sortField ? row[sortField] : null;
    return {
      id: newRowId(),
      state: 'saved',
      key: row[rows.primaryKey] as Key,
      sort: typeof sort === 'number' ? sort : null,
      item: farItem && typeof farItem === 'object' ? (farItem as Record<string, unknown>) : {},
    };
  });
}
