import { createItem, deleteItem, readItem, updateItem } from '@directus/sdk';
import { type FormEvent, useEffect, useState } from 'react';
import { type ApiError, toApiErrors, toFieldErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { type FieldKind, isEditable, toFieldKind } from '../lib/field-kinds.js';
import { type FormValue, FormValueError, toApiValue, toFormValue } from '../lib/form-values.js';
import { navigate } from '../lib/router.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { ErrorList } from './error-list.js';
import { FieldInput } from './field-input.js';
import { type CollectionSchema, useCollectionSchema } from './use-collection-schema.js';

/** Props of {@link ItemPage}. */
export interface ItemPageProps {
  collection: string;
  /** The item's key, or `+` for a new item. */
  id: string;
}

type Values = Record<string, FormValue>;

/** The editor of one item: an input per field, save, save-and-stay, delete; API errors at their field. */
export function ItemPage({ collection, id }: ItemPageProps) {
  const isNew = id === '+';
  const { schema, error } = useCollectionSchema(collection);
  const [values, setValues] = useState<Values | null>(null);
  const [initial, setInitial] = useState<Values>({});
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!schema) return;
    const load = isNew
      ? Promise.resolve({})
      : client
          .request(readItem(collection, id, { fields: ['*'] }))
          .then((item) => item as Record<string, unknown>);
    load.then(
      (item) => {
        const next = toValues(schema, item, isNew);
        setValues(next);
        setInitial(next);
      },
      (thrown) => setErrors(toApiErrors(thrown)),
    );
  }, [schema, collection, id, isNew]);

  if (error) return <ErrorList errors={[error]} />;
  if (!schema || (!values && errors.length === 0)) return <p role="status">Loading…</p>;
  if (!values) return <ErrorList errors={errors} />;

  const editable = schema.fields.filter(isEditable);
  const kindOf = (field: FieldInfo): FieldKind => toFieldKind(field, schema.relatedBy[field.field] ?? null);

  async function save(stay: boolean) {
    if (!schema || !values) return;
    const { payload, invalid } = toPayload(editable, kindOf, values, initial, isNew);
    setFieldErrors(invalid);
    setErrors([]);
    if (Object.keys(invalid).length > 0) return;
    setBusy(true);
    try {
      const saved = (await client.request(
        isNew ? createItem(collection, payload) : updateItem(collection, id, payload),
      )) as Record<string, unknown> | null;
      setStatus('Saved.');
      const key = String(saved?.[schema.primaryKey] ?? id);
      if (!stay) return navigate({ name: 'collection', collection });
      if (isNew) return navigate({ name: 'item', collection, id: key }, { replace: true });
      const next = toValues(schema, saved ?? {}, false);
      setValues(next);
      setInitial(next);
    } catch (thrown) {
      const found = toApiErrors(thrown);
      setFieldErrors(toFieldErrors(found));
      setErrors(found.filter((entry) => !entry.field));
      setStatus('');
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm('Delete this item? This cannot be undone.')) return;
    try {
      await client.request(deleteItem(collection, id));
      navigate({ name: 'collection', collection });
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <section className="item">
      <div className="page-header">
        <h1>{isNew ? `New item in ${collection}` : `${collection} #${id}`}</h1>
      </div>
      <ErrorList errors={errors} />
      {Object.keys(fieldErrors).length > 0 && (
        <p role="alert" className="alert">
          Some fields need attention.
        </p>
      )}
      <form className="editor" onSubmit={submit} noValidate>
        {editable.map((field) => (
          <FieldInput
            key={field.field}
            field={field}
            kind={kindOf(field)}
            related={schema.relatedBy[field.field] ?? null}
            value={values[field.field] ?? null}
            error={fieldErrors[field.field]}
            onChange={(value) => setValues({ ...values, [field.field]: value })}
          />
        ))}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Save
          </button>
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            Save and stay
          </button>
          {!isNew && (
            <button type="button" className="danger" disabled={busy} onClick={remove}>
              Delete
            </button>
          )}
          <span role="status">{status}</span>
        </div>
      </form>
    </section>
  );
}

function toValues(schema: CollectionSchema, item: Record<string, unknown>, isNew: boolean): Values {
  const values: Values = {};
  for (const field of schema.fields) {
    const start = isNew ? (field.schema?.default_value ?? null) : item[field.field];
    values[field.field] = toFormValue(toFieldKind(field, schema.relatedBy[field.field] ?? null), start);
  }
  return values;
}

/** The changed fields as API values (all filled ones for a new item), and the inputs that do not parse. */
function toPayload(
  fields: FieldInfo[],
  kindOf: (field: FieldInfo) => FieldKind,
  values: Values,
  initial: Values,
  isNew: boolean,
): { payload: Record<string, unknown>; invalid: Record<string, string> } {
  const payload: Record<string, unknown> = {};
  const invalid: Record<string, string> = {};
  for (const field of fields) {
    const kind = kindOf(field);
    if (kind === 'readonly' || field.meta?.readonly) continue;
    const value = values[field.field] ?? null;
    if (isNew ? value === '' : value === initial[field.field]) continue;
    try {
      payload[field.field] = toApiValue(kind, value);
    } catch (thrown) {
      if (thrown instanceof FormValueError) invalid[field.field] = thrown.message;
      else throw thrown;
    }
  }
  return { payload, invalid };
}
