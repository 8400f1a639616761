/** What a lazily loaded text editor receives from the field input around it. */
export interface EditorInputProps {
  /** The id the field's label (`${id}-label`), note and error are named after. */
  id: string;
  name: string;
  disabled: boolean;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | undefined;
}
