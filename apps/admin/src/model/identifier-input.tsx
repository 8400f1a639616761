/** Props of {@link IdentifierInput}. */
export interface IdentifierInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
}

/** A required name of a collection or field: lower-case letters, digits and underscores. */
export function IdentifierInput({ label, value, onChange, name }: IdentifierInputProps) {
  return (
    <label>
      {label}
      <input
        name={name}
        required
        pattern="[a-z0-9_]+"
        title="Lower-case letters, digits and underscores"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
