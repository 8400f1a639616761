/** Props of {@link FieldPicker}. */
export interface FieldPickerProps {
  fields: readonly string[];
  /** The chosen fields; `['*']` is all of them, now and any added later. */
  value: readonly string[];
  onChange: (fields: string[]) => void;
}

/** Checkboxes for the fields a rule grants, with "All fields" (`*`) first. */
export function FieldPicker({ fields, value, onChange }: FieldPickerProps) {
  const all = value.includes('*');
  const toggle = (field: string, on: boolean) =>
    onChange(on ? [...value, field] : value.filter((entry) => entry !== field));
  return (
    <fieldset className="field-picker">
      <legend>Fields</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={all}
          onChange={(event) => onChange(event.target.checked ? ['*'] : [])}
        />
        All fields
      </label>
      {!all &&
        fields.map((field) => (
          <label key={field} className="check">
            <input
              type="checkbox"
              checked={value.includes(field)}
              onChange={(event) => toggle(field, event.target.checked)}
            />
            {field}
          </label>
        ))}
    </fieldset>
  );
}
