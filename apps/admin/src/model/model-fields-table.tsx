import type { FieldInfo } from '../lib/schema-types.js';
import { toDefaultText } from './field-draft.js';
import type { ModelRelation } from './use-collection-model.js';

/** Props of {@link ModelFieldsTable}. */
export interface ModelFieldsTableProps {
  collection: string;
  fields: readonly FieldInfo[];
  relations: readonly ModelRelation[];
  onEdit: (field: string) => void;
}

/** What a field relates to: an m2o's target, or the items an o2m or m2m list holds. */
function toRelationText(collection: string, field: FieldInfo, relations: readonly ModelRelation[]): string {
  const m2o = relations.find((entry) => entry.collection === collection && entry.field === field.field);
  if (m2o?.related_collection) return `→ ${m2o.related_collection}`;
  const list = relations.find(
    (entry) => entry.related_collection === collection && entry.meta?.one_field === field.field,
  );
  if (!list) return '';
  const junction = list.meta?.junction_field;
  if (!junction) return `← ${list.collection}.${list.field}`;
  const other = relations.find((entry) => entry.collection === list.collection && entry.field === junction);
  return `↔ ${other?.related_collection ?? '?'} via ${list.collection}`;
}

function toFlags(field: FieldInfo): string {
  const flags = [
    field.schema?.is_primary_key && 'primary key',
    field.meta?.required && 'required',
    field.schema?.is_unique && !field.schema.is_primary_key && 'unique',
    field.meta?.readonly && 'read-only',
    field.meta?.hidden && 'hidden',
  ];
  return flags.filter(Boolean).join(', ');
}

/** A collection's fields with their type, relation, flags and default, each with an Edit button. */
export function ModelFieldsTable({ collection, fields, relations, onEdit }: ModelFieldsTableProps) {
  return (
    <div className="table-wrap">
      <table className="items model-fields">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Relation</th>
            <th scope="col">Flags</th>
            <th scope="col">Default</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.field}>
              <td>{field.field}</td>
              <td>{field.type}</td>
              <td>{toRelationText(collection, field, relations)}</td>
              <td>{toFlags(field)}</td>
              <td>{toDefaultText(field.schema?.default_value)}</td>
              <td>
                <button type="button" onClick={() => onEdit(field.field)}>
                  Edit <span className="visually-hidden">field {field.field}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
