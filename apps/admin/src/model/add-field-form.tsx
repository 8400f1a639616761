import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import type { NewField } from './collection-payload.js';
import { FieldRow } from './field-row.js';
import { addField } from './write-fields.js';

/** Props of {@link AddFieldForm}. */
export interface AddFieldFormProps {
  collections: readonly CollectionInfo[];
  onAdded: () => void;
}

const blankField = (): NewField => ({ field: '', type: 'string', required: false });

/** Adds a field (and the relation of an m2o) to an existing collection. */
export function AddFieldForm({ collections, onAdded }: AddFieldFormProps) {
  const tables = collections.filter((collection) => collection.schema !== null);
  const [collection, setCollection] = useState(tables[0]?.collection ?? '');
  const [field, setField] = useState<NewField>(blankField());
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    setStatus('');
    try {
      await addField(collection, field);
      setStatus(`Added ${field.field} to ${collection}.`);
      setField(blankField());
      onAdded();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="add-field">
      <h2 id="add-field">Add a field</h2>
      <ErrorList errors={errors} />
      <label>
        To collection
        <select value={collection} onChange={(event) => setCollection(event.target.value)}>
          {tables.map((table) => (
            <option key={table.collection} value={table.collection}>
              {table.collection}
            </option>
          ))}
        </select>
      </label>
      <FieldRow
        legend="New field"
        field={field}
        collections={collections}
        onChange={(patch) => setField({ ...field, ...patch })}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Add field to collection
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
