import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { IdentifierInput } from './identifier-input.js';
import { NEW_KEY_FIELD, toKeyFieldState } from './key-field-options.js';
import { NameOptions } from './name-options.js';
import { O2mKeyField } from './o2m-key-field.js';
import { type ModelStep, toJunctionFields, toM2mSteps, toO2mSteps } from './relation-plan.js';
import { ModelStepsError, runModelSteps } from './run-model-steps.js';
import { type CollectionModel, toKeyType, useCollectionModel } from './use-collection-model.js';

/** Props of {@link RelationDialog}. */
export interface RelationDialogProps {
  collection: string;
  model: CollectionModel;
  collections: readonly CollectionInfo[];
  onClose: (changed: boolean) => void;
}

type Kind = 'o2m' | 'm2m';

/** A modal that adds a one-to-many or many-to-many list field to `collection`, with what it needs. */
export function RelationDialog({ collection, model, collections, onClose }: RelationDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const tables = collections.filter((entry) => entry.schema !== null).map((entry) => entry.collection);
  const [kind, setKind] = useState<Kind>('o2m');
  const [alias, setAlias] = useState('');
  const [related, setRelated] = useState(tables.find((name) => name !== collection) ?? collection);
  const [keyField, setKeyField] = useState(NEW_KEY_FIELD);
  const [newKeyField, setNewKeyField] = useState(`${collection}_id`);
  const [junction, setJunction] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [made, setMade] = useState<string[]>([]);
  const relatedModel = useCollectionModel(related);
  const changed = useRef(false);
  const junctionName = junction || `${collection}_${related}`;
  const [junctionField, junctionRelatedField] = toJunctionFields(collection, related);

  // A modal <dialog> traps focus and closes on Escape.
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function toSteps(): ModelStep[] {
    const keyType = toKeyType(model.fields);
    if (kind === 'm2m') {
      const relatedKeyType = toKeyType(relatedModel.model?.fields ?? []);
      return toM2mSteps({
        collection,
        keyType,
        alias,
        related,
        relatedKeyType,
        junction: junctionName,
        junctionField,
        junctionRelatedField,
      });
    }
    const relatedField = keyField === NEW_KEY_FIELD ? newKeyField : keyField;
    const relatedFieldState = toKeyFieldState(model.relations, related, keyField);
    return toO2mSteps({ collection, keyType, alias, related, relatedField, relatedFieldState });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    setMade([]);
    try {
      await runModelSteps(toSteps());
      changed.current = true;
      dialog.current?.close();
    } catch (thrown) {
      if (thrown instanceof ModelStepsError) {
        changed.current = thrown.made.length > 0;
        setMade(thrown.made);
        setErrors(thrown.errors);
      } else setErrors(toApiErrors(thrown));
    }
  }

  const title = `Add a relation to ${collection}`;
  return (
    <dialog
      ref={dialog}
      className="relation-dialog"
      aria-label={title}
      onClose={() => onClose(changed.current)}
    >
      <form className="stack" onSubmit={submit}>
        <h2>{title}</h2>
        <ErrorList errors={errors} />
        {made.length > 0 && (
          <p role="status" className="made">
            Already made before the failure: {made.join(', ')}. Delete them or finish the relation by hand.
          </p>
        )}
        <fieldset className="form-row">
          <legend>Kind</legend>
          <label className="check">
            <input type="radio" name="kind" checked={kind === 'o2m'} onChange={() => setKind('o2m')} />
            One to many (o2m)
          </label>
          <label className="check">
            <input type="radio" name="kind" checked={kind === 'm2m'} onChange={() => setKind('m2m')} />
            Many to many (m2m)
          </label>
        </fieldset>
        <div className="form-row">
          <IdentifierInput label="List field name" value={alias} onChange={setAlias} />
          <label>
            Related collection
            <select
              value={related}
              onChange={(event) => {
                setRelated(event.target.value);
                setKeyField(NEW_KEY_FIELD);
              }}
            >
              <NameOptions names={tables} />
            </select>
          </label>
        </div>
        {kind === 'o2m' ? (
          <O2mKeyField
            collection={collection}
            related={related}
            fields={relatedModel.model?.fields ?? []}
            relations={model.relations}
            value={keyField}
            newName={newKeyField}
            onChange={setKeyField}
            onNewName={setNewKeyField}
          />
        ) : (
          <label>
            Junction collection
            <input
              pattern="[a-z0-9_]+"
              placeholder={`${collection}_${related}`}
              value={junction}
              aria-describedby="junction-note"
              onChange={(event) => setJunction(event.target.value)}
            />
            <small id="junction-note">
              Created hidden, with the key columns {junctionField} and {junctionRelatedField}.
            </small>
          </label>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Create relation
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
