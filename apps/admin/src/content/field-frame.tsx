import type { ReactNode } from 'react';
import type { FieldInfo } from '../lib/schema-types.js';
import './field-frame.css';

/** Props of {@link FieldFrame}. */
export interface FieldFrameProps {
  /** The input's id; the label is `${id}-label`, the note `${id}-hint`, the error `${id}-error`. */
  id: string;
  field: FieldInfo;
  error: string | undefined;
  /** False when the input is no form control (a list, an editable region): it names itself by the label's id. */
  labelsControl?: boolean;
  children: ReactNode;
}

/** The ids of the note and error that describe the input of `field`, for `aria-describedby`. */
export function describedBy(id: string, field: FieldInfo, error: string | undefined): string | undefined {
  const ids = [field.meta?.note ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field's label, its input, its note and its error. */
export function FieldFrame({ id, field, error, labelsControl = true, children }: FieldFrameProps) {
  const name = (
    <>
      {field.field}
      {field.meta?.required && <span aria-hidden="true"> *</span>}
    </>
  );
  return (
    <div className={error ? 'field has-error' : 'field'}>
      {labelsControl ? (
        <label id={`${id}-label`} htmlFor={id}>
          {name}
        </label>
      ) : (
        <span id={`${id}-label`} className="field-label">
          {name}
        </span>
      )}
      {children}
      {field.meta?.note && (
        <small id={`${id}-hint`} className="muted">
          {field.meta.note}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
