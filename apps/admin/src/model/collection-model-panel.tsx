import { deleteCollection } from '@directus/sdk';
import { useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { client } from '../lib/client.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { useConfirmedAction } from '../lib/use-confirmed-action.js';
import { CollectionSettingsForm } from './collection-settings-form.js';
import { FieldEditor } from './field-editor.js';
import { ModelFieldsTable } from './model-fields-table.js';
import { RelationDialog } from './relation-dialog.js';
import { useCollectionModel } from './use-collection-model.js';

/** Props of {@link CollectionModelPanel}. */
export interface CollectionModelPanelProps {
  collection: string;
  collections: readonly CollectionInfo[];
  /** Called after a change the rest of the app sees: a relation's junction, the collection's settings. */
  onChanged: () => void;
  onDeleted: () => void;
}

/**
 * One collection's fields: edit or delete each, add an o2m or m2m relation, edit the collection's
 * settings, or delete it.
 */
export function CollectionModelPanel(props: CollectionModelPanelProps) {
  const { collection, collections, onChanged } = props;
  const { model, errors, reload } = useCollectionModel(collection);
  const [editing, setEditing] = useState<string | null>(null);
  const [relating, setRelating] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const deletion = useConfirmedAction();

  async function removeCollection() {
    const question = `Delete the collection ${collection} with all its items and fields?`;
    if (await deletion.run(question, () => client.request(deleteCollection(collection)))) props.onDeleted();
  }

  if (!model) return <ErrorList errors={errors} />;
  const field = model.fields.find((entry) => entry.field === editing);
  return (
    <section className="stack" aria-labelledby="collection-fields">
      <div className="page-header">
        <h2 id="collection-fields">Fields of {collection}</h2>
        <button type="button" onClick={() => setConfiguring(true)}>
          Collection settings
        </button>
        <button type="button" onClick={() => setRelating(true)}>
          Add a relation
        </button>
        <button type="button" className="danger" onClick={removeCollection}>
          Delete collection {collection}
        </button>
      </div>
      <ErrorList errors={[...errors, ...deletion.errors]} />
      {configuring && (
        <CollectionSettingsForm
          collection={collection}
          fields={model.fields}
          onDone={(changed) => {
            setConfiguring(false);
            if (changed) onChanged();
          }}
        />
      )}
      <ModelFieldsTable
        collection={collection}
        fields={model.fields}
        relations={model.relations}
        onEdit={setEditing}
      />
      {field && (
        <FieldEditor
          key={field.field}
          field={field}
          onDone={(changed) => {
            setEditing(null);
            if (changed) reload();
          }}
        />
      )}
      {relating && (
        <RelationDialog
          collection={collection}
          model={model}
          collections={collections}
          onClose={(changed) => {
            setRelating(false);
            if (!changed) return;
            reload();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
