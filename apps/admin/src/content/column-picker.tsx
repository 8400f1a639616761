import type { FieldInfo } from '../lib/schema-types.js';
import { toColumnCandidates } from './list-state.js';

/** Props of {@link ColumnPicker}. */
export interface ColumnPickerProps {
  fields: readonly FieldInfo[];
  columns: readonly string[];
  onChange: (columns: string[]) => void;
}

/** A disclosure with one checkbox per field; at least one column stays. */
export function ColumnPicker({ fields, columns, onChange }: ColumnPickerProps) {
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...columns, name] : columns.filter((column) => column !== name);
    if (next.length > 0) onChange(next);
  };
  return (
    <details className="column-picker">
      <summary>Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Columns to show</legend>
        {toColumnCandidates(fields).map((field) => (
          <label key={field.field} className="check">
            <input
              type="checkbox"
              checked={columns.includes(field.field)}
              onChange={(event) => toggle(field.field, event.target.checked)}
            />
            {field.field}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
