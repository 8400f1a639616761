import type { CollectionInfo } from '../lib/schema-types.js';
import { AddFieldForm } from './add-field-form.js';
import { CreateCollectionForm } from './create-collection-form.js';

/** Props of {@link DataModelPage}. */
export interface DataModelPageProps {
  collections: readonly CollectionInfo[];
  onChanged: () => void;
}

/** The data model screen: create a collection with fields, or add a field to one. */
export function DataModelPage({ collections, onChanged }: DataModelPageProps) {
  return (
    <section className="data-model">
      <h1>Data model</h1>
      <CreateCollectionForm collections={collections} onCreated={onChanged} />
      {collections.length > 0 && <AddFieldForm collections={collections} onAdded={onChanged} />}
    </section>
  );
}
