import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { navigate } from '../lib/router.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import type { NewField } from './collection-payload.js';
import { FieldRow } from './field-row.js';
import { IdentifierInput } from './identifier-input.js';
import { createCollectionWithFields } from './write-fields.js';

/** Props of {@link CreateCollectionForm}. */
export interface CreateCollectionFormProps {
  collections: readonly CollectionInfo[];
  onCreated: () => void;
}

const blankField = (): NewField => ({ field: '', type: 'string', required: false });

/** Creates a collection (with an auto-increment `id`), its fields and its m2o relations. */
export function CreateCollectionForm({ collections, onCreated }: CreateCollectionFormProps) {
  const [name, setName] = useState('');
  const [fields, setFields] = useState<NewField[]>([blankField()]);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [busy, setBusy] = useState(false);
  const update = (index: number, patch: Partial<NewField>) =>
    setFields(fields.map((field, at) => (at === index ? { ...field, ...patch } : field)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      await createCollectionWithFields(name, fields);
      onCreated();
      navigate({ name: 'collection', collection: name });
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="create-collection">
      <h2 id="create-collection">Create a collection</h2>
      <ErrorList errors={errors} />
      <IdentifierInput label="Collection name" name="collection" value={name} onChange={setName} />
      <p className="muted">An auto-increment primary key `id` is added for you.</p>
      {fields.map((field, index) => (
        <FieldRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          key={index}
          legend={`Field ${index + 1}`}
          field={field}
          collections={collections}
          onChange={(patch) => update(index, patch)}
          onRemove={() => setFields(fields.filter((_, at) => at !== index))}
        />
      ))}
      <div className="actions">
        <button type="button" onClick={() => setFields([...fields, blankField()])}>
          Add field
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Create collection
        </button>
      </div>
    </form>
  );
}
