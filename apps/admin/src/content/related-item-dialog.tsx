import { type FormEvent, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { isEditable } from '../lib/field-kinds.js';
import { ItemFields } from './item-fields.js';
import { toPayload, toValues, type Values } from './item-values.js';
import type { CollectionSchema } from './use-collection-schema.js';

/** Props of {@link RelatedItemDialog}. */
export interface RelatedItemDialogProps {
  title: string;
  schema: CollectionSchema;
  /** A field the list fills in itself (the child's link to the parent). */
  omit: string | null;
  onCreate: (data: Record<string, unknown>) => void;
  onClose: () => void;
}

/** A modal form for a new related item; the item is written with the parent, on its save. */
export function RelatedItemDialog({ title, schema, omit, onCreate, onClose }: RelatedItemDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Values>(() => toValues(schema, {}, true));
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const fields = schema.fields.filter((field) => isEditable(field) && field.field !== omit);

  // A modal <dialog> traps focus, closes on Escape and gives the page behind it `inert`.
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const result = toPayload(schema, fields, values, {}, true);
    setInvalid(result.invalid);
    if (Object.keys(result.invalid).length > 0) return;
    onCreate(result.payload);
    dialog.current?.close();
  };

  // At the end of <body>: the list sits inside the editor's form, and forms must not nest.
  return createPortal(
    <dialog ref={dialog} className="modal related-dialog" aria-label={title} onClose={onClose}>
      <form className="editor" onSubmit={submit} noValidate>
        <h2 className="wide">{title}</h2>
        <ItemFields
          schema={schema}
          fields={fields}
          values={values}
          errors={invalid}
          onChange={(field, value) => setValues({ ...values, [field]: value })}
        />
        <div className="actions">
          <button type="submit" className="primary">
            Add to list
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
