import { useState } from 'react';
import type { CollectionInfo } from '../lib/schema-types.js';
import { AddFieldForm } from './add-field-form.js';
import { CollectionModelPanel } from './collection-model-panel.js';
import { CreateCollectionForm } from './create-collection-form.js';
import './model.css';
import { NameOptions } from './name-options.js';

/** Props of {@link DataModelPage}. */
export interface DataModelPageProps {
  collections: readonly CollectionInfo[];
  /** Whether the caller is an admin (`null` while that is being asked): only admins change the model. */
  admin: boolean | null;
  onChanged: () => void;
}

/** The data model screen: a collection's fields and relations, a new collection, or a new field. */
export function DataModelPage({ collections, admin, onChanged }: DataModelPageProps) {
  // A deleted collection leaves the choice at once, before the collections are read again.
  const [deleted, setDeleted] = useState<string | null>(null);
  const tables = collections
    .filter((entry) => entry.schema !== null && entry.collection !== deleted)
    .map((entry) => entry.collection);
  const [chosen, setChosen] = useState('');
  // Re-reads the open collection after the forms below change it.
  const [version, setVersion] = useState(0);
  const current = tables.includes(chosen) ? chosen : tables[0];
  const changed = () => {
    setVersion(version + 1);
    onChanged();
  };

  if (admin === null) return <p role="status">Loading…</p>;
  if (!admin) {
    return (
      <section className="data-model">
        <h1>Data model</h1>
        <p>Only admins can change the data model.</p>
      </section>
    );
  }
  return (
    <section className="data-model">
      <h1>Data model</h1>
      {current && (
        <>
          <label className="collection-choice">
            Collection
            <select value={current} onChange={(event) => setChosen(event.target.value)}>
              <NameOptions names={tables} />
            </select>
          </label>
          <CollectionModelPanel
            key={`${current}:${version}`}
            collection={current}
            collections={collections}
            onChanged={changed}
            onDeleted={() => {
              setDeleted(current);
              onChanged();
            }}
          />
        </>
      )}
      <CreateCollectionForm collections={collections} onCreated={changed} />
      {collections.length > 0 && <AddFieldForm collections={collections} onAdded={changed} />}
    </section>
  );
}
