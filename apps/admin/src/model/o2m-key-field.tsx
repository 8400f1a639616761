import type { FieldInfo } from '../lib/schema-types.js';
import { IdentifierInput } from './identifier-input.js';
import { NEW_KEY_FIELD, toKeyFieldOptions } from './key-field-options.js';
import { NameOptions } from './name-options.js';
import type { ModelRelation } from './use-collection-model.js';

/** Props of {@link O2mKeyField}. */
export interface O2mKeyFieldProps {
  collection: string;
  related: string;
  fields: readonly FieldInfo[];
  relations: readonly ModelRelation[];
  /** The chosen column of `related`, or {@link NEW_KEY_FIELD}. */
  value: string;
  newName: string;
  onChange: (field: string) => void;
  onNewName: (name: string) => void;
}

/** Picks the column of the related collection that points back (an m2o), or names a new one. */
export function O2mKeyField(props: O2mKeyFieldProps) {
  const { collection, related, value } = props;
  const options = toKeyFieldOptions(props.fields, props.relations, collection, related);
  return (
    <div className="form-row">
      <label>
        Key field in {related}
        <select value={value} onChange={(event) => props.onChange(event.target.value)}>
          <option value={NEW_KEY_FIELD}>A new field…</option>
          <NameOptions names={options} />
        </select>
      </label>
      {value === NEW_KEY_FIELD && (
        <IdentifierInput label="New key field name" value={props.newName} onChange={props.onNewName} />
      )}
    </div>
  );
}
