import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { toSortFieldOptions } from './collection-settings.js';
import { IdentifierInput } from './identifier-input.js';
import { NEW_KEY_FIELD, toKeyFieldState } from './key-field-options.js';
import { NameOptions } from './name-options.js';
import { O2mKeyField } from './o2m-key-field.js';
import { type ModelStep, toJunctionFields, toM2mSteps, toO2mSteps } from './relation-plan.js';
import { ModelStepsError, runModelSteps } from './run-model-steps.js';
import { SortFieldChoice } from './sort-field-choice.js';
import { NEW_SORT_FIELD, NO_SORT_FIELD, toSortFieldInput } from './sort-field-options.js';
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
  const [sortChoice, setSortChoice] = useState(NO_SORT_FIELD);
  const [newSortField, setNewSortField] = useState('sort');
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

  function chooseKind(next: Kind) {
    setKind(next);
    // An existing field of the o2m's related collection is no field of the new junction.
    if (sortChoice !== NEW_SORT_FIELD) setSortChoice(NO_SORT_FIELD);
  }

  function toSteps(): ModelStep[] {
    const keyType = toKeyType(model.fields);
    const sortField = toSortFieldInput(sortChoice, newSortField);
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
        sortField: sortField?.field,
      });
    }
    const relatedField = keyField === NEW_KEY_FIELD ? newKeyField : keyField;
    const relatedFieldState = toKeyFieldState(model.relations, related, keyField);
    return toO2mSteps({ collection, keyType, alias, related, relatedField, relatedFieldState, sortField });
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

  // The o2m's key column cannot also keep its order; a new junction has no fields to offer yet.
  const sortOptions = toSortFieldOptions(relatedModel.model?.fields ?? []).filter(
    (name) => name !== keyField,
  );
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
            <input type="radio" name="kind" checked={kind === 'o2m'} onChange={() => chooseKind('o2m')} />
            One to many (o2m)
          </label>
          <label className="check">
            <input type="radio" name="kind" checked={kind === 'm2m'} onChange={() => chooseKind('m2m')} />
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
                setSortChoice(NO_SORT_FIELD);
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
            onChange={(field) => {
              setKeyField(field);
              if (field === sortChoice) setSortChoice(NO_SORT_FIELD);
            }}
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
        <SortFieldChoice
          holder={kind === 'o2m' ? related : junctionName}
          options={kind === 'o2m' ? sortOptions : []}
          value={sortChoice}
          newName={newSortField}
          onChange={setSortChoice}
          onNewName={setNewSortField}
        />
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
