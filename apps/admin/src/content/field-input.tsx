import { lazy, type ReactElement, Suspense, useId } from 'react';
import { FileFieldInput } from '../files/file-field-input.js';
import { type FieldKind, toChoices } from '../lib/field-kinds.js';
import type { FormValue } from '../lib/form-values.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { M2oPicker } from './m2o-picker.js';

// The editor library is large: it loads with the first rich text or markdown field, not before.
const RichTextEditor = lazy(() => import('./rich-text-editor.js'));
const MarkdownEditor = lazy(() => import('./markdown-editor.js'));

/** Props of {@link FieldInput}. */
export interface FieldInputProps {
  field: FieldInfo;
  kind: FieldKind;
  related: string | null;
  value: FormValue;
  error: string | undefined;
  onChange: (value: FormValue) => void;
}

const INPUT_TYPES: Partial<Record<FieldKind, string>> = {
  integer: 'number',
  decimal: 'number',
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
};

/** One labelled input for a field, chosen by its kind, with its note and its error beside it. */
export function FieldInput({ field, kind, related, value, error, onChange }: FieldInputProps) {
  const id = useId();
  const common = {
    id,
    name: field.field,
    disabled: field.meta?.readonly === true || kind === 'readonly',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, field, error),
    'aria-required': field.meta?.required ? true : undefined,
  };
  const text = typeof value === 'string' ? value : '';

  let input: ReactElement;
  if (kind === 'boolean') {
    input = (
      <input
        {...common}
        type="checkbox"
        role="switch"
        aria-checked={value === true}
        className="toggle"
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
      />
    );
  } else if (kind === 'textarea' || kind === 'json' || kind === 'readonly') {
    input = (
      <textarea
        {...common}
        rows={kind === 'textarea' ? 5 : 4}
        className={kind === 'json' ? 'code' : undefined}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  } else if (kind === 'rich-text' || kind === 'markdown') {
    const Editor = kind === 'rich-text' ? RichTextEditor : MarkdownEditor;
    input = (
      <Suspense fallback={<p role="status">Loading the editor…</p>}>
        <Editor {...common} value={text} onChange={onChange} />
      </Suspense>
    );
  } else if (kind === 'choices') {
    input = (
      <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
        <option value="">—</option>
        {toChoices(field).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.text}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'm2o' && related === 'directus_files') {
    const imagesOnly = field.meta?.interface === 'file-image';
    input = <FileFieldInput {...common} imagesOnly={imagesOnly} value={text} onChange={onChange} />;
  } else if (kind === 'm2o' && related) {
    input = <M2oPicker {...common} related={related} value={text} onChange={onChange} />;
  } else {
    input = (
      <input
        {...common}
        type={INPUT_TYPES[kind] ?? 'text'}
        step={kind === 'decimal' ? 'any' : kind === 'datetime' || kind === 'time' ? 1 : undefined}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }

  return (
    <FieldFrame id={id} field={field} error={error} labelsControl={kind !== 'rich-text'}>
      {input}
    </FieldFrame>
  );
}
