import type { CollectionInfo } from '../lib/schema-types.js';
import { FIELD_TYPES, type NewField } from './collection-payload.js';
import { IdentifierInput } from './identifier-input.js';

/** Props of {@link FieldRow}. */
export interface FieldRowProps {
  legend: string;
  field: NewField;
  collections: readonly CollectionInfo[];
  onChange: (patch: Partial<NewField>) => void;
  onRemove?: () => void;
}

/** One field of a data model form: name, type (with the related collection for m2o), required. */
export function FieldRow({ legend, field, collections, onChange, onRemove }: FieldRowProps) {
  return (
    <fieldset className="field-row">
      <legend>{legend}</legend>
      <IdentifierInput label="Name" value={field.field} onChange={(value) => onChange({ field: value })} />
      <label>
        Type
        <select value={field.type} onChange={(event) => onChange({ type: event.target.value })}>
          {FIELD_TYPES.map((type) => (
            <option key={type} value={type}>
              {type === 'm2o' ? 'm2o (an item of another collection)' : type}
            </option>
          ))}
        </select>
      </label>
      {field.type === 'm2o' && (
        <label>
          Related collection
          <select
            required
            value={field.related ?? ''}
            onChange={(event) => onChange({ related: event.target.value })}
          >
            <option value="">—</option>
            {collections
              .filter((collection) => collection.schema !== null)
              .map((collection) => (
                <option key={collection.collection} value={collection.collection}>
                  {collection.collection}
                </option>
              ))}
          </select>
        </label>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={field.required}
          onChange={(event) => onChange({ required: event.target.checked })}
        />
        Required
      </label>
      {onRemove && (
        <button type="button" aria-label={`Remove ${legend.toLowerCase()}`} onClick={onRemove}>
          Remove
        </button>
      )}
    </fieldset>
  );
}
