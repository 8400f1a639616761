import { createItem, deleteItem, readItem, updateItem } from '@directus/sdk';
import { type FormEvent, useEffect, useState } from 'react';
import { type ApiError, toApiErrors, toFieldErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { isEditable } from '../lib/field-kinds.js';
import { navigate } from '../lib/router.js';
import { ErrorList } from './error-list.js';
import { ItemFields } from './item-fields.js';
import { toPayload, toValues, type Values } from './item-values.js';
import type { NestedChange } from './related-list-edits.js';
import { RelatedListInput } from './related-list-input.js';
import { RevisionsPanel } from './revisions-panel.js';
import { useCollectionSchema } from './use-collection-schema.js';

/** Props of {@link ItemPage}. */
export interface ItemPageProps {
  collection: string;
  /** The item's key, or `+` for a new item. */
  id: string;
}

/**
 * The editor of one item: an input per field, related lists, save, save-and-stay, delete, and its
 * revisions; API errors at their field. The fields and the lists' nested changes go out in one request.
 */
export function ItemPage({ collection, id }: ItemPageProps) {
  const isNew = id === '+';
  const { schema, error } = useCollectionSchema(collection);
  const [values, setValues] = useState<Values | null>(null);
  const [initial, setInitial] = useState<Values>({});
  const [listChanges, setListChanges] = useState<Record<string, NestedChange | null>>({});
  // Bumped after a save, so the related lists and the revisions read theirs again.
  const [version, setVersion] = useState(0);
  // Bumped after a restore, so the item itself is read again.
  const [reloads, setReloads] = useState(0);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloads` asks for a re-read after a restore
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
        setListChanges({});
      },
      (thrown) => setErrors(toApiErrors(thrown)),
    );
  }, [schema, collection, id, isNew, reloads]);

  if (error) return <ErrorList errors={[error]} />;
  if (!schema || (!values && errors.length === 0)) return <p role="status">Loading…</p>;
  if (!values) return <ErrorList errors={errors} />;

  const editable = schema.fields.filter(isEditable);

  async function save(stay: boolean) {
    if (!schema || !values) return;
    const { payload, invalid } = toPayload(schema, editable, values, initial, isNew);
    for (const [field, change] of Object.entries(listChanges)) if (change) payload[field] = change;
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
      setListChanges({});
      setVersion(version + 1);
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
      <div className={isNew ? undefined : 'item-layout'}>
        <form className="editor" onSubmit={submit} noValidate>
          <ItemFields
            schema={schema}
            fields={editable}
            values={values}
            errors={fieldErrors}
            onChange={(field, value) => setValues({ ...values, [field]: value })}
            renderList={(field, spec) => (
              <RelatedListInput
                key={`${field.field}-${version}`}
                field={field}
                spec={spec}
                parentKey={isNew ? null : id}
                error={fieldErrors[field.field]}
                onChange={(change) => {
                  setListChanges((current) => ({ ...current, [field.field]: change }));
                  // An edit of the list answers its error; the next save says whether it still holds.
                  setFieldErrors(({ [field.field]: _answered, ...others }) => others);
                }}
              />
            )}
          />
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
        {!isNew && (
          <RevisionsPanel
            collection={collection}
            id={id}
            version={version}
            onRestored={() => {
              setStatus('Restored.');
              setReloads(reloads + 1);
              setVersion(version + 1);
            }}
          />
        )}
      </div>
    </section>
  );
}
